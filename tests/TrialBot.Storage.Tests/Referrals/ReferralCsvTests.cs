using System.Text;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;
using Xunit;
using static TrialBot.Storage.Tests.Support.Referrals;

namespace TrialBot.Storage.Tests.Referrals;

public sealed class ReferralCsvTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Writes_a_header_of_named_columns_and_one_crlf_terminated_row_per_referral()
    {
        var referral = For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactPhone = "+8613800000000", ContactEmail = null };

        var csv = await WriteAsync(referral);

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        var rows = Parse(csv);
        Assert.Equal(2, rows.Count);
        Assert.Equal(ReferralCsv.Columns, rows[0].Take(ReferralCsv.Columns.Count));
        Assert.Equal(ReferralCsv.TrailingColumns, rows[0].TakeLast(ReferralCsv.TrailingColumns.Count));
        var row = Row(rows);
        Assert.Equal(referral.Id.ToString("D"), row["id"]);
        Assert.Equal("2026-11-24T01:30:00Z", row["created_at"]);
        Assert.Equal("2026-11-24T01:29:00Z", row["consented_at"]);
        Assert.Equal("likely-eligible", row["outcome_id"]);
        Assert.Equal("shanghai", row["site_id"]);
        Assert.Equal("李雷", row["contact_name"]);
        Assert.Equal("tel:+8613800000000", row["contact_phone"]);
        Assert.Equal(string.Empty, row["contact_email"]);
        Assert.Contains(rows[0], column => column.Contains("age", StringComparison.Ordinal) && column.Contains("said", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Smith, Jane")]
    [InlineData("The \"Doc\"")]
    [InlineData("two\nlines")]
    [InlineData("plain")]
    public async Task Fields_with_commas_quotes_or_line_breaks_survive_the_round_trip(string name)
    {
        var csv = await WriteAsync(For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactName = name });

        Assert.Equal(name, Row(Parse(csv))["contact_name"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("+1,2")]
    public async Task Cells_a_spreadsheet_would_read_as_formulas_get_a_leading_quote(string name)
    {
        var csv = await WriteAsync(For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactName = name });

        Assert.Equal("'" + name, Row(Parse(csv))["contact_name"]);
    }

    [Theory]
    [InlineData("+86 138 0000 0000")]
    [InlineData("+8613800000000")]
    public async Task Every_phone_number_is_written_the_same_way_so_no_spreadsheet_reads_it_as_a_number(string phone)
    {
        var csv = await WriteAsync(For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactPhone = phone });

        Assert.Equal("tel:+8613800000000", Row(Parse(csv))["contact_phone"]);
    }

    [Fact]
    public async Task A_contacted_referral_shows_when()
    {
        var referral = For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactedAt = CreatedAt.AddDays(2) };

        var csv = await WriteAsync(referral);

        Assert.Equal("2026-11-26T01:30:00Z", Row(Parse(csv))["contacted_at"]);
    }

    private static async Task<string> WriteAsync(params Referral[] referrals)
    {
        using var writer = new StringWriter();
        await ReferralCsv.WriteAsync(writer, referrals);
        return writer.ToString();
    }

    private static Dictionary<string, string> Row(List<List<string>> rows) =>
        rows[0].Zip(rows[1]).GroupBy(pair => pair.First).ToDictionary(group => group.Key, group => group.First().Second, StringComparer.Ordinal);

    /// <summary>Reads CSV as RFC 4180 defines it (quoted fields with doubled quotes, CRLF row ends).</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var character = csv[i];
            if (quoted)
            {
                if (character == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(character);
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
            else if (character == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(character);
            }
        }

        return rows;
    }
}
