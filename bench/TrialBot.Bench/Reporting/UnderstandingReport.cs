using System.Globalization;
using System.Text;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Reporting;

/// <summary>The understanding block of BENCHMARKS.md: the corpus's understood rate per question, language and part.</summary>
internal static class UnderstandingReport
{
    public const string StartMarker = "<!-- understanding:start (written by scripts/bench --only understanding; edit outside the markers) -->";
    public const string EndMarker = "<!-- understanding:end -->";

    public static string Render(UnderstandingResult result, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        var share = result.Answers == 0 ? 0 : 100.0 * result.AsExpected / result.Answers;
        text.AppendLine(CultureInfo.InvariantCulture, $"Run of {started:yyyy-MM-dd HH:mm} UTC: {result.Answers} answers, {share:0.0} % read as expected, {result.Flips} readings that could flip a criterion; {result.MeanMicrosecondsPerAnswer:0} µs per answer on average (warm, one thread).");
        text.AppendLine();
        text.Append(result.Table);
        return text.ToString();
    }
}
