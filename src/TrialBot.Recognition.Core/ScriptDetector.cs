namespace TrialBot.Recognition;

/// <summary>
/// The one place that tells Chinese script from Latin script: whether a character is Chinese, whether a text has
/// Chinese in it or is mainly Chinese (so the conversation can switch language to match the person), and which
/// characters make up a word in the Latin-script sense. Every reader of text asks here.
/// </summary>
public static class ScriptDetector
{
    /// <summary>A regular-expression character class of the Chinese (Han) characters of <see cref="IsHan"/>, for patterns.</summary>
    internal const string HanClass = @"[\u3400-\u4DBF\u4E00-\u9FFF〇]";

    /// <summary>The first code point of the CJK blocks (radicals, punctuation, kana, ideographs): below it a letter or
    /// digit belongs to a Latin-script word.</summary>
    private const char CjkBlocksStart = '\u2E80';

    /// <summary>A Chinese word is on average about one and a half characters long.</summary>
    private const double HanCharactersPerWord = 1.5;

    /// <summary>
    /// True when <paramref name="text"/> has Chinese characters and at least as many Chinese words (estimated from its
    /// characters) as Latin-script words; so "我吃CellCept" is Chinese and "I take 泼尼松 10 mg daily" is not.
    /// </summary>
    public static bool IsMainlyChinese(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var (han, latinWords) = Count(text);
        return han > 0 && han / HanCharactersPerWord >= latinWords;
    }

    /// <summary>"zh-CN" for mainly Chinese text, "en-US" for text with Latin letters, null when neither tells (digits, emoji, nothing).</summary>
    public static string? SuggestCulture(string? text)
    {
        if (IsMainlyChinese(text))
        {
            return "zh-CN";
        }

        return !string.IsNullOrEmpty(text) && Count(text).LatinWords > 0 ? "en-US" : null;
    }

    /// <summary>True for the characters that make up words in the Latin-script sense (letters and digits below the CJK
    /// blocks): "yes" is a whole word in "yes!" but not in "yesterday", while Chinese has no spaces between words.</summary>
    internal static bool IsWordChar(char c) => c < CjkBlocksStart && char.IsLetterOrDigit(c);

    /// <summary>True when <paramref name="text"/> has at least one Chinese (Han) character.</summary>
    internal static bool ContainsHan(string text)
    {
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CJK unified ideographs (basic block and extension A) and the ideographic zero.</summary>
    internal static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '〇';

    private static (int Han, int LatinWords) Count(string text)
    {
        int han = 0, latinWords = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var latin = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
            if (latin && !inWord)
            {
                latinWords++;
            }

            inWord = latin || (inWord && c == '\'');
            if (IsHan(c))
            {
                han++;
            }
        }

        return (han, latinWords);
    }
}
