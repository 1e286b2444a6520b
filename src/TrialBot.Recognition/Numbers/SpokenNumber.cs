using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Numbers;

/// <summary>
/// Reads the small numbers people write inside a quantity, without the costly number model: digits ("3", "2.5"),
/// English words ("a", "an", "one" … "twenty", "thirty-five", "a couple of") and Chinese numerals (两, 十二, 三十五, 百).
/// </summary>
internal static partial class SpokenNumber
{
    /// <summary>A regex fragment matching one English number as <see cref="TryParse"/> reads it.</summary>
    public const string EnglishPattern =
        @"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" +
        @"sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]?(?:one|two|three|four|five|six|seven|eight|nine))?|" +
        @"(?:a\s+)?couple(?:\s+of)?)";

    /// <summary>A regex fragment matching one Chinese or Arabic number as <see cref="TryParse"/> reads it.</summary>
    public const string ChinesePattern = @"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)";

    private static readonly Dictionary<string, int> EnglishWords = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<char, int> ChineseDigits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6,
        ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    /// <summary>The value of <paramref name="text"/>, one number in any of the forms this reader knows.</summary>
    /// <param name="text">The number, as matched by <see cref="EnglishPattern"/> or <see cref="ChinesePattern"/>.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>True when <paramref name="text"/> is one number.</returns>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (Couple().IsMatch(trimmed))
        {
            value = 2;
            return true;
        }

        var words = WordSplit().Split(trimmed);
        if (words.All(EnglishWords.ContainsKey))
        {
            value = words.Sum(w => EnglishWords[w]);
            return words.Length <= 2;
        }

        return TryParseChinese(trimmed, out value);
    }

    /// <summary>Reads a Chinese numeral up to the hundreds: 三, 十二, 二十, 三十五, 一百, 两千 (as digits of a year, 两千 is 2000).</summary>
    private static bool TryParseChinese(string text, out double value)
    {
        value = 0;
        if (text == "两千" || text == "二千")
        {
            value = 2000;
            return true;
        }

        if (text.Length > 1 && !text.Contains('十', StringComparison.Ordinal) && !text.Contains('百', StringComparison.Ordinal))
        {
            // Digit by digit, as years are written: 九二 is 92, 一九八八 is 1988.
            foreach (var c in text)
            {
                if (!ChineseDigits.TryGetValue(c, out var d))
                {
                    return false;
                }

                value = (value * 10) + d;
            }

            return true;
        }

        double total = 0;
        double current = 0;
        var any = false;
        foreach (var c in text)
        {
            if (ChineseDigits.TryGetValue(c, out var digit))
            {
                current = digit;
                any = true;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
                any = true;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
                any = true;
            }
            else
            {
                return false;
            }
        }

        value = total + current;
        return any;
    }

    [GeneratedRegex(@"^(?:a\s+)?couple(?:\s+of)?$")]
    private static partial Regex Couple();

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex WordSplit();
}
