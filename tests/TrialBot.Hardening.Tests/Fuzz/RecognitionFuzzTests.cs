using System.Diagnostics;
using TrialBot.Hardening.Tests.Support;
using TrialBot.Recognition;
using Xunit.Abstractions;

namespace TrialBot.Hardening.Tests.Fuzz;

/// <summary>
/// Every public recognizer, in English and Chinese, against every fuzz input: never an exception, a recognised value is
/// finite (and non-negative where it must be), a refusal names its problem. The measurement harness of the worst
/// recognition time after the guards: each call is timed with a Stopwatch and the slowest is published, not asserted.
/// </summary>
public sealed class RecognitionFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Cultures = ["en-US", "zh-CN"];

    [Fact]
    public void Every_recognizer_reads_every_fuzz_input_without_throwing_and_without_an_impossible_value()
    {
        var inputs = FuzzInputs.For("prednisone 10 mg a day for 3 years since I was 45", ["2.1 g/L", "确诊三年了", "是"], HardeningSettings.FuzzRandomPerQuestion * 2, HardeningSettings.FuzzSeed);
        var failures = new List<string>();
        var figures = new List<string>();
        foreach (var recognizer in RecognizerUnderTest.All)
        {
            Warm(recognizer);
            var slowest = TimeSpan.Zero;
            FuzzInput? slowestInput = null;
            foreach (var culture in Cultures)
            {
                foreach (var input in inputs)
                {
                    var watch = Stopwatch.StartNew();
                    var problem = Check(recognizer, input.Text, culture);
                    watch.Stop();
                    if (problem is not null)
                    {
                        failures.Add($"{recognizer.Name} {culture} ← {input}: {problem}");
                    }

                    if (watch.Elapsed > slowest)
                    {
                        (slowest, slowestInput) = (watch.Elapsed, input);
                    }
                }
            }

            figures.Add($"| {recognizer.Name} | {inputs.Count * Cultures.Length} | {slowest.TotalMilliseconds:0.0} | {slowestInput} |");
        }

        Figures.Publish(output, $"Recognition ({inputs.Count} inputs × {Cultures.Length} cultures per recognizer, seed {HardeningSettings.FuzzSeed})",
            ["| recognizer | calls | slowest call (ms) | slowest input |", "|---|---|---|---|", .. figures]);
        Assert.True(failures.Count == 0, $"{failures.Count} failures, the first ones:\n{string.Join("\n", failures.Take(15))}");
    }

    [Theory]
    [InlineData(FuzzInputs.LengthCap + 1)]
    [InlineData(10_000)]
    public void Every_recognizer_refuses_an_answer_longer_than_the_cap_as_too_long(int length)
    {
        var text = string.Concat(Enumerable.Repeat("three years ago 45 mg ", 1 + (length / 22)))[..length];

        foreach (var recognizer in RecognizerUnderTest.All)
        {
            foreach (var culture in Cultures)
            {
                var reading = recognizer.Recognize(text, culture);
                Assert.True(reading.Outcome == RecognitionOutcome.NotUnderstood && reading.Problem == RecognitionProblem.TooLong, $"{recognizer.Name} {culture}: {reading}");
            }
        }
    }

    private static void Warm(RecognizerUnderTest recognizer)
    {
        foreach (var culture in Cultures)
        {
            recognizer.Recognize("我今年45岁, 3 years ago, prednisone 45 mg, 2.1 g/L", culture);
        }
    }

    private static string? Check(RecognizerUnderTest recognizer, string text, string culture)
    {
        RecognizerReading reading;
        try
        {
            reading = recognizer.Recognize(text, culture);
        }
#pragma warning disable CA1031 // The harness reports every exception as a finding instead of stopping at the first.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return $"threw {exception.GetType().Name}: {exception.Message}";
        }

        return reading switch
        {
            { Outcome: RecognitionOutcome.NotUnderstood, Problem: null or "" } => "refused without naming a problem",
            { Outcome: RecognitionOutcome.Recognized } when reading.Magnitudes.Any(value => !double.IsFinite(value)) => $"recognised a non-finite value [{string.Join(", ", reading.Magnitudes)}]",
            { Outcome: RecognitionOutcome.Recognized } when recognizer.NonNegative && reading.Magnitudes.Any(value => value < 0) => $"recognised a negative value [{string.Join(", ", reading.Magnitudes)}]",
            _ => null,
        };
    }
}
