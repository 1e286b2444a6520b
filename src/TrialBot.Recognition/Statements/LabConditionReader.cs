using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads an answer to a lab question as a statement about the condition the criterion's limit defines ("they said I
/// have almost none, IgA deficiency", 我有IgA缺乏症), with the scope of negation in mind ("no IgA deficiency"). The
/// condition's terms are the <c>about</c> of a <see cref="YesNoSubject"/>. A hedge of a result still awaited or not
/// decided ("they are testing for IgA deficiency") states nothing; one that leans to no ("I don't think I have IgA
/// deficiency") denies it.
/// </summary>
public static class LabConditionReader
{
    /// <summary>What <paramref name="text"/> states about <paramref name="condition"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="condition">The condition's terms.</param>
    /// <returns>True when it names the condition and does not deny it; false when it denies it; null when it names
    /// neither, or both.</returns>
    public static bool? Read(string? text, YesNoSubject condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (InputGuard.Normalize(text) is not { IsRecognized: true, Value: { } normalized })
        {
            return null;
        }

        var folded = AnswerText.Fold(normalized);
        var hedges = HedgeLexicon.Matcher.FindAll(folded);
        if (hedges.Any(h => h.Tag is Hedge.Pending or Hedge.Undecided or Hedge.NeverChecked or Hedge.Unsettled))
        {
            return null;
        }

        if (hedges.Any(h => h.Tag == Hedge.LeaningNo))
        {
            // "i dont think i have iga deficiency": leaning to a denial, never to the condition.
            return false;
        }

        return StatementReader.Read(YesNoRecognizer.Blank(folded, hedges), condition, out _) switch
        {
            StatementPolarity.Yes or StatementPolarity.YesNow => true,
            StatementPolarity.No or StatementPolarity.NoNow => false,
            _ => null,
        };
    }
}
