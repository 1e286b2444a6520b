using System.Globalization;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>The engine's yes/no seam over the recognition library's <see cref="YesNoRecognizer"/> (English and Chinese in any conversation).</summary>
internal sealed class YesNoConfirmRecognizer : IConfirmRecognizer
{
    /// <inheritdoc/>
    public ConfirmRecognition Recognize(string utterance, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var reading = YesNoRecognizer.Recognize(utterance, culture.Name);
        return reading.TryGetValue(out var yes) ? (yes ? ConfirmRecognition.Yes : ConfirmRecognition.No)
            : reading.IsUnsure ? ConfirmRecognition.Unsure
            : ConfirmRecognition.NotRecognized;
    }
}
