using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Words with which a person adds a medicine while answering another question, one left out or forgotten at the list of
/// medicines ("Oh, and I should have said before, I'm on methotrexate as well", 对了刚才忘说了，我还在吃他克莫司): a medicine
/// merely named elsewhere ("my rash came back when the pred went down") adds nothing.
/// </summary>
public static partial class AddedMedicineCue
{
    /// <summary>Whether <paramref name="text"/> has words that add something left out.</summary>
    /// <param name="text">The answer as the person wrote it.</param>
    /// <returns>True when it has.</returns>
    public static bool SaysAdded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cue().IsMatch(AnswerText.Fold(text));
    }

    [GeneratedRegex(@"\b(?:as\s+well|also|too|forgot|forgotten|should\s+have\s+(?:said|mentioned|told\s+you|put|listed)|(?<=\bi\s+)didnt\s+(?:say|mention|list|put)|left\s+(?:it\s+|that\s+|one\s+)?out|missed\s+(?:one|that|it))\b|忘了说|忘说|忘记说|忘了讲|漏了|漏说|(?:刚才|之前|前面|刚刚)(?:我)?没(?:说|讲|提)|还有|另外|也在吃|也吃|也在用|也用|也在打")]
    private static partial Regex Cue();
}
