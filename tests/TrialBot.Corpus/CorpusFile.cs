namespace TrialBot.Corpus;

/// <summary>
/// Reads the corpus of how people answer: every <c>tests/corpus/**/*.tsv</c> of the repository, tab-separated with the
/// columns <c>part, question, language, channel, answer, expected</c> and an optional <c>context</c>; a header line
/// starting with "part" and lines starting with '#' are skipped.
/// </summary>
public static class CorpusFile
{
    private static readonly Lazy<IReadOnlyList<CorpusRow>> Rows = new(Load);

    /// <summary>Gets every row of the corpus.</summary>
    public static IReadOnlyList<CorpusRow> All => Rows.Value;

    /// <summary>Gets the corpus folder of the repository these tests were built from.</summary>
    public static string Folder
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TrialBot.sln")))
                {
                    return Path.Combine(directory.FullName, "tests", "corpus");
                }
            }

            throw new DirectoryNotFoundException($"No TrialBot.sln above {AppContext.BaseDirectory}: the corpus is read from the repository.");
        }
    }

    private static List<CorpusRow> Load()
    {
        var rows = new List<CorpusRow>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(Folder, path);
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("part\t", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = line.Split('\t');
                if (cells.Length is < 6 or > 7)
                {
                    throw new FormatException($"{name}:{number}: expected 6 or 7 tab-separated cells, found {cells.Length}.");
                }

                var row = new CorpusRow($"{name}:{number}", cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim(), cells[4], cells[5].Trim(), cells.Length == 7 ? cells[6].Trim() : string.Empty);
                if (row.Part is not (CorpusRow.Development or CorpusRow.Validation) || row.Language is not ("en" or "zh") || row.Channel is not ("webchat" or "sms" or "msteams"))
                {
                    throw new FormatException($"{row.Source}: part must be dev or val, language en or zh, channel webchat, sms or msteams.");
                }

                rows.Add(row);
            }
        }

        return rows;
    }
}
