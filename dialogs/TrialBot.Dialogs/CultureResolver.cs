using System.Globalization;

namespace TrialBot.Dialogs;

/// <summary>Turns an activity's locale into a culture, falling back to a default for missing or unknown locales.</summary>
internal static class CultureResolver
{
    /// <summary>Returns the culture named by <paramref name="locale"/>, or <paramref name="fallback"/>.</summary>
    public static CultureInfo Resolve(string? locale, CultureInfo fallback)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return fallback;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(locale.Trim(), predefinedOnly: true);
            return string.IsNullOrEmpty(culture.Name) ? fallback : culture;
        }
        catch (CultureNotFoundException)
        {
            return fallback;
        }
    }
}
