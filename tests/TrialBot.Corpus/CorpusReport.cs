using System.Text;

namespace TrialBot.Corpus;

/// <summary>Every answer of the corpus read once, with the verdicts counted per question, language and part.</summary>
public sealed class CorpusReport
{
    private CorpusReport(IReadOnlyList<(CorpusRow Row, string Actual, CorpusVerdict Verdict)> readings) => Readings = readings;

    /// <summary>Gets each row with its reading and verdict.</summary>
    public IReadOnlyList<(CorpusRow Row, string Actual, CorpusVerdict Verdict)> Readings { get; }

    /// <summary>Reads the whole corpus once (shared by the tests of one run).</summary>
    public static CorpusReport Shared { get; } = Read(CorpusFile.All);

    /// <summary>Reads <paramref name="rows"/>.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The report.</returns>
    public static CorpusReport Read(IEnumerable<CorpusRow> rows)
    {
        var reader = new CorpusReader();
        return new CorpusReport(rows.Select(row =>
        {
            var actual = reader.Describe(row);
            return (row, actual, CorpusReader.Judge(row.Expected, actual, reader.KindOf(row.QuestionId)));
        }).ToList());
    }

    /// <summary>The share of the rows matching <paramref name="filter"/> read as expected.</summary>
    /// <param name="filter">Which rows.</param>
    /// <returns>The share (1 for no rows).</returns>
    public double Rate(Func<CorpusRow, bool> filter)
    {
        var rows = Readings.Where(reading => filter(reading.Row)).ToList();
        return rows.Count == 0 ? 1 : (double)rows.Count(reading => reading.Verdict == CorpusVerdict.AsExpected) / rows.Count;
    }

    /// <summary>Lists the readings of <paramref name="verdict"/> among the rows matching <paramref name="filter"/>, one a line.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="filter">Which rows.</param>
    /// <returns>The lines.</returns>
    public string List(CorpusVerdict verdict, Func<CorpusRow, bool> filter)
    {
        var text = new StringBuilder();
        foreach (var (row, actual, _) in Readings.Where(reading => reading.Verdict == verdict && filter(reading.Row)))
        {
            text.Append(row).Append(" but read ").AppendLine(actual);
        }

        return text.ToString();
    }

    /// <summary>A Markdown table: per question and language, the answers and the share read as expected in each part.</summary>
    /// <returns>The table.</returns>
    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| question | language | development: answers | read as expected | validation: answers | read as expected | flips |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var group in Readings.GroupBy(reading => (reading.Row.QuestionId, reading.Row.Language)).OrderBy(group => group.Key.QuestionId, StringComparer.Ordinal).ThenBy(group => group.Key.Language, StringComparer.Ordinal))
        {
            var dev = group.Where(reading => reading.Row.Part == CorpusRow.Development).ToList();
            var val = group.Where(reading => reading.Row.Part == CorpusRow.Validation).ToList();
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {group.Key.QuestionId} | {group.Key.Language} | {dev.Count} | {Percent(dev)} | {val.Count} | {Percent(val)} | {group.Count(reading => reading.Verdict == CorpusVerdict.Flips)} |").AppendLine();
        }

        return text.ToString();
    }

    private static string Percent(List<(CorpusRow Row, string Actual, CorpusVerdict Verdict)> readings) =>
        readings.Count == 0 ? "–" : (100.0 * readings.Count(reading => reading.Verdict == CorpusVerdict.AsExpected) / readings.Count).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
