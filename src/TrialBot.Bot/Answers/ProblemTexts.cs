using System.Globalization;
using System.Text.Json;
using TrialBot.Bot.Texts;
using TrialBot.Screening.Answers;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Says what was not understood in an answer, in the person's language: the text <c>problem.{answer kind}.{code}</c>
/// when the problem means something particular for that kind (a "missing unit" in a dose is mg), else
/// <c>problem.{code}</c>, else the general "I didn't understand that".
/// </summary>
internal sealed class ProblemTexts
{
    private const string GeneralKey = "notUnderstood";

    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="ProblemTexts"/> class.</summary>
    /// <param name="texts">The bot's texts.</param>
    public ProblemTexts(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = texts;
    }

    /// <summary>Explains a problem with an answer to a question of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of answer asked for, or null for answers outside the screening questions.</param>
    /// <param name="problemCode">The problem code.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The explanation.</returns>
    public string Explain(AnswerKind? kind, string problemCode, CultureInfo culture) =>
        Explain(kind is { } answerKind ? KindId(answerKind) : null, problemCode, culture);

    /// <summary>Explains a problem with an answer about <paramref name="topic"/>: <c>problem.{topic}.{code}</c>, else <c>problem.{code}</c>, else the general text.</summary>
    /// <param name="topic">What was asked (an answer kind's id, <c>review</c>…), or null.</param>
    /// <param name="problemCode">The problem code.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The explanation.</returns>
    public string Explain(string? topic, string problemCode, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(problemCode);
        var particular = topic is null ? null : texts.FindText($"{BotTextKeys.ProblemPrefix}{topic}.{problemCode}");
        var text = particular ?? texts.FindText(BotTextKeys.ProblemPrefix + problemCode) ?? texts.Text(GeneralKey);
        return text.Get(culture);
    }

    /// <summary>Returns an answer kind's id as in the trial definition (<c>elapsed-time</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The id.</returns>
    public static string KindId(AnswerKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
