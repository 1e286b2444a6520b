using System.Collections.Frozen;

namespace TrialBot.Recognition.Text;

/// <summary>
/// Folds the characters only written Cantonese uses into their Mandarin twins, so that an answer typed in Cantonese
/// (冇问题, 唔知, 食咗三粒, 啱啊) is read as its Mandarin twin (没问题, 不知, 食了三粒, 对啊). Only characters with one
/// everyday meaning are folded; words Cantonese shares with Mandarin (系, 食) are left to the lexicons.
/// </summary>
internal static class CantoneseCharacters
{
    private const string Cantonese = "冇唔咗嘅佢喺睇啱嚟畀";

    private const string Mandarin = "没不了的他在看对来给";

    private static readonly FrozenDictionary<char, char> Map =
        Cantonese.Zip(Mandarin).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    /// <summary>The Mandarin twin of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToMandarin(char c) => c < '\u3400' ? c : Map.GetValueOrDefault(c, c);
}
