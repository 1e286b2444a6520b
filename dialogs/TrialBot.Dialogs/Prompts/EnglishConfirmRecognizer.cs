using System.Globalization;
using TrialBot.Recognition.Text;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// A minimal yes/no/unsure recognizer for English whole answers ("yes", "yeah", "no", "nope", "not sure"…), so the
/// engine works on its own. Applications supply a fuller <see cref="IConfirmRecognizer"/> for real conversations.
/// </summary>
public sealed class EnglishConfirmRecognizer : IConfirmRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "correct", "right", "that's right", "true", "i do", "i agree", "yes please", "of course", "absolutely",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "not really", "false", "i don't", "i do not", "no thanks", "no thank you", "never",
    };

    private static readonly HashSet<string> Unsure = new(StringComparer.Ordinal)
    {
        "maybe", "perhaps", "not sure", "unsure", "i'm not sure", "i don't know", "don't know",
    };

    /// <inheritdoc/>
    public ConfirmRecognition Recognize(string utterance, CultureInfo culture)
    {
        var answer = AnswerText.Whole(utterance);
        return Yes.Contains(answer) ? ConfirmRecognition.Yes
            : No.Contains(answer) ? ConfirmRecognition.No
            : Unsure.Contains(answer) ? ConfirmRecognition.Unsure
            : ConfirmRecognition.NotRecognized;
    }
}
