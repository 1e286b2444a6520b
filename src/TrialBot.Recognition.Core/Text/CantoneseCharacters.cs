using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Text;

/// <summary>
/// Folds the characters only written Cantonese uses into their Mandarin twins, so that an answer typed in Cantonese
/// (冇问题, 食咗三粒, 啱啊) is read as its Mandarin twin (没问题, 食了三粒, 对啊). Only characters with one everyday meaning
/// are folded; words Cantonese shares with Mandarin (系, 食) are left to the lexicons, and 唔, which Mandarin chat also
/// writes for "hmm", is "not" only before a verb (<see cref="Words"/>: 唔知, 唔系, 唔使).
/// </summary>
internal static partial class CantoneseCharacters
{
    private const string Cantonese = "冇咗嘅佢喺睇啱嚟畀";

    private const string Mandarin = "没了的他在看对来给";

    private static readonly FrozenDictionary<char, char> Map =
        Cantonese.Zip(Mandarin).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    /// <summary>The Mandarin twin of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToMandarin(char c) => c < '\u3400' ? c : Map.GetValueOrDefault(c, c);

    /// <summary><paramref name="text"/> with Cantonese 唔 before a verb written as 不 (唔知 → 不知, 唔系 → 不系, 唔记得 → 不记得).</summary>
    public static string Words(string text) => text.Contains('唔', StringComparison.Ordinal) ? NotBeforeVerb().Replace(text, "不") : text;

    [GeneratedRegex(@"唔(?=知|系|是|使|用|好|得|会|记|清|确|肯|要|识|该|算|需|想|同意|愿意|理|晓)")]
    private static partial Regex NotBeforeVerb();
}
