namespace TrialBot.Recognition;

/// <summary>Tells whether a text is mainly Chinese, so the conversation can switch language to match the person.</summary>
public static class ScriptDetector
{
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
