using System.Globalization;

namespace TrialBot.Dialogs.Texts;

/// <summary>
/// Where the engine gets every string it shows a person and every phrase list it matches, per culture. Keys are in
/// <see cref="DialogTextKeys"/>; <see cref="DialogTexts"/> is the ready implementation with English defaults, to which
/// an application adds its other languages.
/// </summary>
public interface IDialogTexts
{
    /// <summary>Finds the text for <paramref name="key"/> in <paramref name="culture"/>, falling back through its parent cultures to the defaults.</summary>
    /// <param name="key">A key from <see cref="DialogTextKeys"/> or an application key such as <c>problem.&lt;code&gt;</c>.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The text (possibly a composite format string), or null when no culture in the chain has it.</returns>
    string? FindText(string key, CultureInfo culture);

    /// <summary>Gets the phrases for <paramref name="key"/> in <paramref name="culture"/> and its parent cultures (so English phrases keep working in every culture).</summary>
    /// <param name="key">A phrase-list key from <see cref="DialogTextKeys"/>.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The phrases, possibly none.</returns>
    IReadOnlyList<string> GetPhrases(string key, CultureInfo culture);
}
