using System.Globalization;
using TrialBot.Recognition.Text;
using TrialBot.Recognition;

namespace TrialBot.Dialogs.Choices;

/// <summary>
/// Finds which choice a whole answer picks: its title, value or a synonym (compared as normalised whole utterances, so
/// case and trailing punctuation do not matter), or — when numbers are allowed — its position ("2", "two", "second", "二").
/// Never a word inside a longer answer.
/// </summary>
public static class ChoiceMatcher
{
    /// <summary>Returns the index of the choice the answer picks, or -1.</summary>
    /// <param name="text">The whole answer.</param>
    /// <param name="choices">The choices shown.</param>
    /// <param name="culture">The person's culture (for positions in words).</param>
    /// <param name="allowNumbers">True to accept a choice's position ("2", "second", "二").</param>
    /// <returns>The picked choice's index, or -1 when the answer picks none.</returns>
    public static int FindIndex(string? text, IReadOnlyList<Choice> choices, CultureInfo culture, bool allowNumbers)
    {
        var answer = AnswerText.Whole(text);
        if (answer.Length == 0)
        {
            return -1;
        }

        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            if (AnswerText.WholePhrase(choice.Title) == answer
                || AnswerText.WholePhrase(choice.Value) == answer
                || choice.Synonyms.Any(synonym => AnswerText.WholePhrase(synonym) == answer))
            {
                return index;
            }
        }

        if (!allowNumbers)
        {
            return -1;
        }

        var position = PositionReader.Read(answer, culture.Name);
        return position is >= 1 && position <= choices.Count ? position.Value - 1 : -1;
    }
}
