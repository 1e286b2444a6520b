using System.Globalization;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// A yes/no recognizer that reads an answer knowing which question it answers (an answer can then be a statement about
/// what the question asks) and says what was wrong when it does not understand it.
/// </summary>
public interface IQuestionConfirmRecognizer : IConfirmRecognizer
{
    /// <summary>Recognises an answer to the question <paramref name="questionId"/>.</summary>
    /// <param name="utterance">The answer's text.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="questionId">The question asked (<see cref="PromptOptions.QuestionId"/>), or null.</param>
    /// <returns>The reading, with a problem code when it is not recognised.</returns>
    ConfirmReading Read(string utterance, CultureInfo culture, string? questionId);
}
