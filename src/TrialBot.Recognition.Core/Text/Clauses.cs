using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Text;

/// <summary>
/// Splits a prepared answer into clauses, the scope of a negation or of a word of time: at punctuation (, ; . ! ? and
/// their Chinese forms, line breaks, dashes, a space between Chinese characters), after a condition's 的话 before what follows from it (不花钱的话就继续吧:
/// the 不 is the condition's; not the 的话 that only names a topic, 吗替的话去年停了) and before a word that opens a new statement ("but", "though", "now",
/// "only", "just", 但是, 不过, 现在, 只; "i'm", "i've" after a word: "nothing to do with the lupus I'm on lamotrigine for them"). "No transplant, no problems since" is two clauses: the second "no" says nothing
/// about the transplant.
/// </summary>
internal static partial class Clauses
{
    /// <summary>The clauses of <paramref name="prepared"/> as (start, end) index pairs, in text order, empty ones left out.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var clauses = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(prepared))
        {
            Add(clauses, prepared, start, boundary.Index);
            start = boundary.Groups["opener"].Success ? boundary.Groups["opener"].Index : boundary.Index + boundary.Length;
        }

        Add(clauses, prepared, start, prepared.Length);
        return clauses;
    }

    /// <summary>The index of the clause of <paramref name="clauses"/> that holds the character at <paramref name="index"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<(int Start, int End)> clauses, int index)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        for (var i = 0; i < clauses.Count; i++)
        {
            if (index >= clauses[i].Start && index < clauses[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Add(List<(int Start, int End)> clauses, string text, int start, int end)
    {
        if (end > start && !string.IsNullOrWhiteSpace(text[start..end]))
        {
            clauses.Add((start, end));
        }
    }

    [GeneratedRegex(@"[,;!?\n\r，；。！？…]+|\.(?!\d)|(?<=\p{IsCJKUnifiedIdeographs})的话(?=\s*[，,]?\s*(?:就|那就|那么|那))|(?<=" + ScriptDetector.HanClass + @")\s+(?=" + ScriptDetector.HanClass + @")|\s[-–—]+\s|(?<opener>(?<![\p{L}\p{N}])(?:but|though|although|however|whereas|now|currently|only|just|except|apart from)(?![\p{L}\p{N}])|(?<=\p{L}\s+)(?:i'm|i am|im|i've|ive)(?![\p{L}\p{N}])|但是|但|不过|可是|然而|现在|目前|只有|只是|只)")]
    private static partial Regex Boundary();
}
