using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;
using Xunit;
using static TrialBot.Storage.Tests.Support.Referrals;

namespace TrialBot.Storage.Tests.Referrals;

public sealed class ReferralCsvTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Writes_a_header_and_one_crlf_terminated_row_per_referral()
    {
        var referral = For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactPhone = "13800000000", ContactEmail = null };

        var csv = await WriteAsync(referral);

        var lines = csv.Split("\r\n");
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Join(',', ReferralCsv.Columns), lines[0]);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal(
            $"{referral.Id:D},2026-11-24T01:30:00Z,likely-eligible,shanghai,李雷,13800000000,,2026-11-24T01:29:00Z,zh-CN,webchat,,\"{{\"\"age\"\":\"\"met\"\",\"\"sledai\"\":\"\"unknown\"\"}}\"",
            lines[1]);
    }

    [Theory]
    [InlineData("Smith, Jane", "\"Smith, Jane\"")]
    [InlineData("The \"Doc\"", "\"The \"\"Doc\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("plain", "plain")]
    public async Task Fields_with_commas_quotes_or_line_breaks_are_quoted(string name, string expected)
    {
        var csv = await WriteAsync(For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactName = name });

        Assert.Contains($",shanghai,{expected},", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+86 138 0000 0000", "'+86 138 0000 0000")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("=1,2", "\"'=1,2\"")]
    public async Task Cells_a_spreadsheet_would_read_as_formulas_get_a_leading_quote(string phone, string expected)
    {
        var csv = await WriteAsync(For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactPhone = phone });

        Assert.Contains($",李雷,{expected},", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contacted_referral_shows_when()
    {
        var referral = For(new ConversationKey("webchat", "c"), CreatedAt) with { ContactedAt = CreatedAt.AddDays(2) };

        var csv = await WriteAsync(referral);

        Assert.Contains(",zh-CN,webchat,2026-11-26T01:30:00Z,", csv, StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(params Referral[] referrals)
    {
        using var writer = new StringWriter();
        await ReferralCsv.WriteAsync(writer, referrals);
        return writer.ToString();
    }
}
