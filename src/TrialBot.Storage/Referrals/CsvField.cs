namespace TrialBot.Storage.Referrals;

/// <summary>One field of a CSV file, written per RFC 4180 and made safe to open in a spreadsheet.</summary>
internal static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Formats <paramref name="value"/> as a field.</summary>
    /// <param name="value">The text (null is written as an empty field).</param>
    /// <returns>The field: a text that a spreadsheet could take for a formula (one starting with <c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading <c>'</c>; a field holding a comma, a double
    /// quote or a line break is enclosed in double quotes, with inner quotes doubled.</returns>
    public static string Format(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = FormulaStarts.Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
