namespace TrialBot.Dialogs.Channels;

/// <summary>
/// The GSM 03.38 default alphabet: the characters a GSM-7 message carries in one septet, and those of its extension
/// table, which take two (an escape and the character).
/// </summary>
public static class Gsm7Alphabet
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    /// <summary>How many septets <paramref name="character"/> takes in GSM-7: 1, 2 (extension table), or 0 when GSM-7 cannot carry it.</summary>
    /// <param name="character">The character.</param>
    /// <returns>The septets.</returns>
    public static int Septets(char character) =>
        Basic.Contains(character, StringComparison.Ordinal) ? 1
        : Extension.Contains(character, StringComparison.Ordinal) ? 2
        : 0;

    /// <summary>Whether GSM-7 carries <paramref name="character"/>.</summary>
    /// <param name="character">The character.</param>
    /// <returns>True when it is in the default alphabet or its extension table.</returns>
    public static bool Contains(char character) => Septets(character) > 0;

    /// <summary>Whether GSM-7 carries every character of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when the whole text is GSM-7.</returns>
    public static bool CarriesAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var character in text)
        {
            if (!Contains(character))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters of <paramref name="text"/> GSM-7 cannot carry, in order, each once.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The characters.</returns>
    public static IReadOnlyList<char> Foreign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Where(character => !Contains(character)).Distinct()];
    }
}
