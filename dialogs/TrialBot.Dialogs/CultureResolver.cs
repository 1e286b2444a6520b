using System.Collections.Concurrent;
using System.Globalization;

namespace TrialBot.Dialogs;

/// <summary>
/// Turns an activity's locale into a culture, falling back to a default for missing or unknown locales. The answer for
/// each locale is kept (asking the platform whether a locale is predefined costs a native call every turn); the locale
/// comes from the client, so at most <see cref="MaxRemembered"/> of them are kept and the rest are looked up each time.
/// </summary>
internal static class CultureResolver
{
    /// <summary>How many distinct locales are remembered.</summary>
    internal const int MaxRemembered = 256;

    private static readonly ConcurrentDictionary<string, CultureInfo?> Known = new(StringComparer.Ordinal);

    /// <summary>Returns the culture named by <paramref name="locale"/>, or <paramref name="fallback"/>.</summary>
    public static CultureInfo Resolve(string? locale, CultureInfo fallback)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return fallback;
        }

        if (!Known.TryGetValue(locale, out var culture))
        {
            culture = Lookup(locale);
            if (Known.Count < MaxRemembered)
            {
                Known.TryAdd(locale, culture);
            }
        }

        return culture ?? fallback;
    }

    private static CultureInfo? Lookup(string locale)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(locale.Trim(), predefinedOnly: true);
            return string.IsNullOrEmpty(culture.Name) ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
