using System.Text;

namespace TrialBot.Host.Tests.Support;

/// <summary>Reads the referral CSV as a spreadsheet does (RFC 4180: quoted fields with doubled quotes, CRLF row ends,
/// a leading byte order mark): one dictionary per data row, by column name.</summary>
internal static class CsvTable
{
    public static IReadOnlyList<Dictionary<string, string>> Read(string csv)
    {
        var rows = Rows(csv.TrimStart('\uFEFF'));
        return [.. rows.Skip(1).Select(row => rows[0].Zip(row).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal))];
    }

    private static List<List<string>> Rows(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < csv.Length; index++)
        {
            var character = csv[index];
            if (quoted)
            {
                if (character != '"')
                {
                    field.Append(character);
                }
                else if (index + 1 < csv.Length && csv[index + 1] == '"')
                {
                    field.Append('"');
                    index++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (character == '\r' && index + 1 < csv.Length && csv[index + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                index++;
            }
            else
            {
                field.Append(character);
            }
        }

        return rows;
    }
}
