using System.Globalization;

namespace TrialBot.Dialogs.Texts;

/// <summary>Reading texts that must exist.</summary>
public static class DialogTextsExtensions
{
    /// <summary>Gets the text for <paramref name="key"/> in <paramref name="culture"/>, formatted with <paramref name="arguments"/> when any are given.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="key">The text's key.</param>
    /// <param name="culture">The person's culture (also used to format the arguments).</param>
    /// <param name="arguments">Format arguments for a composite format text.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">No culture in the chain has a text for the key.</exception>
    public static string GetText(this IDialogTexts texts, string key, CultureInfo culture, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(arguments);
        var text = texts.FindText(key, culture)
            ?? throw new InvalidOperationException($"No dialog text for key '{key}' in culture '{culture.Name}' or its fallbacks.");
        return arguments.Length == 0 ? text : string.Format(culture, text, arguments);
    }
}
