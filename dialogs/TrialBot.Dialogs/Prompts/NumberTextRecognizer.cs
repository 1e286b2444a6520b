using System.Globalization;
using System.Numerics;
using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// Recognises one number in an answer with the recognition library's <see cref="NumberReader"/> in the person's culture ("45", "forty five",
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
    public Task<Recognition<T>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reading = NumberReader.Read(context.Text, context.Culture.Name);
        return Task.FromResult(reading.Outcome switch
        {
            RecognitionOutcome.Recognized => Convert(reading.Value),
            RecognitionOutcome.Unsure => Recognitions.Unsure<T>(),
            _ => Recognitions.NotUnderstood<T>(reading.Problem switch
            {
                RecognitionProblem.Ambiguous => ProblemCodes.NumberAmbiguous,
                RecognitionProblem.OutOfRange => ProblemCodes.NumberOutOfRange,
                RecognitionProblem.TooLong => ProblemCodes.InputTooLong,
                RecognitionProblem.Empty => ProblemCodes.InputEmpty,
                _ => ProblemCodes.NumberNotFound,
            }),
        });
    }

    private static Recognition<T> Convert(double value)
    {
        decimal number;
        try
        {
            number = (decimal)value;
        }
        catch (OverflowException)
        {
            return Recognitions.NotUnderstood<T>(ProblemCodes.NumberOutOfRange);
        }

        if (IsIntegerType && decimal.Truncate(number) != number)
        {
            return Recognitions.NotUnderstood<T>(ProblemCodes.NumberNotWhole);
        }

        try
        {
            return Recognitions.Of(T.CreateChecked(number));
        }
        catch (OverflowException)
        {
            return Recognitions.NotUnderstood<T>(ProblemCodes.NumberOutOfRange);
        }
    }
}
