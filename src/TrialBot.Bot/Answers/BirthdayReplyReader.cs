using System.Globalization;
using Microsoft.Bot.Builder;
using TrialBot.Bot.Conversation;
using TrialBot.Recognition;
using TrialBot.Screening.Answers;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Reads the age a person states in their reply to the birthday follow-up ("no, she turned 71 already, in February",
/// "no her birthday is in May she turned 72 last May"): an age other than the one asked about replaces it, so that a
/// person who turned 71 is never kept at 70 by a plain "no".
/// </summary>
internal sealed class BirthdayReplyReader
{
    private readonly AnswerReader reader;
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance of the <see cref="BirthdayReplyReader"/> class.</summary>
    /// <param name="reader">Reads answers as the screening questions do.</param>
    /// <param name="timeProvider">The server's clock, when the activity carries no usable date.</param>
    public BirthdayReplyReader(AnswerReader reader, TimeProvider timeProvider)
    {
        this.reader = reader ?? throw new ArgumentNullException(nameof(reader));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>The age the reply states, when it is one and differs from <paramref name="given"/>; null otherwise.</summary>
    /// <param name="turnContext">The turn of the reply.</param>
    /// <param name="culture">The conversation's culture.</param>
    /// <param name="answers">The answers so far.</param>
    /// <param name="ageQuestionId">The age question.</param>
    /// <param name="given">The age the follow-up asked about.</param>
    /// <returns>The age said instead, or null.</returns>
    public AgeAnswer? OtherAgeSaid(ITurnContext turnContext, CultureInfo culture, ScreeningAnswers answers, string ageQuestionId, AgeAnswer given)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(given);
        var text = turnContext.Activity?.Text;
        if (!AgeRecognizer.StatesAnAge(text))
        {
            return null;
        }

        var reading = reader.Read(AnswerKind.Age, text!, culture, answers, TurnDate.Today(turnContext.Activity!, timeProvider), ageQuestionId);
        return reading.TryGetValue(out var answer) && answer is AgeAnswer said && Math.Floor(said.Years) != Math.Floor(given.Years) ? said : null;
    }
}
