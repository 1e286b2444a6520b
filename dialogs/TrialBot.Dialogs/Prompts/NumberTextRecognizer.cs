using System.Globalization;
using System.Numerics;
using Microsoft.Recognizers.Text.Number;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// Recognises one number in an answer with Microsoft.Recognizers.Text in the person's culture ("45", "forty five",
/// "I'm 45", "三十五"). No number, several different numbers, a fraction where a whole number is needed, or a number
/// the type cannot hold are each reported with their own problem code.
/// </summary>
/// <typeparam name="T">The number type.</typeparam>
internal sealed class NumberTextRecognizer<T> : IPromptRecognizer<T>
    where T : struct, INumber<T>
{
    // Truncating one half gives zero exactly for integer types and one half for the others.
    private static readonly bool IsIntegerType = T.IsZero(T.CreateTruncating(0.5m));

    /// <inheritdoc/>
    public Task<RecognitionOutcome<T>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = RecognizerCulture.RunInvariant(() => NumberRecognizer.RecognizeNumber(context.Text, context.Culture.Name))
            .Select(result => result.Resolution is not null && result.Resolution.TryGetValue("value", out var value) ? value as string : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(values switch
        {
            [] => RecognitionOutcome.NotUnderstood<T>(ProblemCodes.NumberNotFound),
            [var single] => Convert(single),
            _ => RecognitionOutcome.NotUnderstood<T>(ProblemCodes.NumberAmbiguous),
        });
    }

    private static RecognitionOutcome<T> Convert(string value)
    {
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return RecognitionOutcome.NotUnderstood<T>(ProblemCodes.NumberOutOfRange);
        }

        if (IsIntegerType && decimal.Truncate(number) != number)
        {
            return RecognitionOutcome.NotUnderstood<T>(ProblemCodes.NumberNotWhole);
        }

        try
        {
            return RecognitionOutcome.Recognized(T.CreateChecked(number));
        }
        catch (OverflowException)
        {
            return RecognitionOutcome.NotUnderstood<T>(ProblemCodes.NumberOutOfRange);
        }
    }
}
