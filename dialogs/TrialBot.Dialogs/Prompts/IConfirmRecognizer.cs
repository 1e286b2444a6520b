using System.Globalization;

namespace TrialBot.Dialogs.Prompts;

/// <summary>Recognises yes, no or unsure: the seam where an application plugs its recognizer of the many ways people say these, in each language.</summary>
public interface IConfirmRecognizer
{
    /// <summary>Recognises an answer.</summary>
    /// <param name="utterance">The answer's text.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>Yes, no, unsure, or not recognised.</returns>
    ConfirmRecognition Recognize(string utterance, CultureInfo culture);
}
