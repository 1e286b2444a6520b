using TrialBot.Dialogs.Channels;

namespace TrialBot.Sms.Segments;

/// <summary>
/// How many segments (billed text messages) a text takes, as the networks count them: GSM-7 when every character is in
/// the GSM 03.38 alphabet (160 septets in one segment; a longer message 153 per segment, extension characters two
/// septets and never split), else UCS-2 (70 UTF-16 code units in one segment; a longer message 67 per segment, a
/// surrogate pair never split).
/// </summary>
public static class SmsSegments
{
    /// <summary>Septets in a GSM-7 message that fits one segment.</summary>
    public const int Gsm7Single = 160;

    /// <summary>Septets per segment of a longer GSM-7 message (the rest carries the concatenation header).</summary>
    public const int Gsm7Part = 153;

    /// <summary>Code units in a UCS-2 message that fits one segment.</summary>
    public const int Ucs2Single = 70;

    /// <summary>Code units per segment of a longer UCS-2 message.</summary>
    public const int Ucs2Part = 67;

    /// <summary>The encoding <paramref name="text"/> travels in.</summary>
    /// <param name="text">The message.</param>
    /// <returns>GSM-7 when it can carry every character, else UCS-2.</returns>
    public static SmsEncoding EncodingOf(string text) => Gsm7Alphabet.CarriesAll(text) ? SmsEncoding.Gsm7 : SmsEncoding.Ucs2;

    /// <summary>The number of segments <paramref name="text"/> takes (0 for an empty text).</summary>
    /// <param name="text">The message.</param>
    /// <returns>The segments.</returns>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EncodingOf(text) == SmsEncoding.Gsm7
            ? Count(text, Gsm7Single, Gsm7Part, static (value, index) => Gsm7Alphabet.Septets(value[index]), static (_, _) => 1)
            : Count(text, Ucs2Single, Ucs2Part, static (value, index) => char.IsSurrogatePair(value, index) ? 2 : 1, static (value, index) => char.IsSurrogatePair(value, index) ? 2 : 1);
    }

    /// <summary>Counts segments: the whole text in one when it fits <paramref name="single"/>, else units packed into parts of <paramref name="part"/> without splitting a character.</summary>
    private static int Count(string text, int single, int part, Func<string, int, int> units, Func<string, int, int> width)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var total = 0;
        for (var i = 0; i < text.Length; i += width(text, i))
        {
            total += units(text, i);
        }

        if (total <= single)
        {
            return 1;
        }

        var segments = 1;
        var used = 0;
        for (var i = 0; i < text.Length; i += width(text, i))
        {
            var size = units(text, i);
            if (used + size > part)
            {
                segments++;
                used = 0;
            }

            used += size;
        }

        return segments;
    }
}
