using TrialBot.Dialogs.Channels;
using TrialBot.Sms.Segments;
using TrialBot.Sms.Tests.Bots;
using TrialBot.Sms.Tests.Support;
using Xunit.Abstractions;

namespace TrialBot.Sms.Tests;

/// <summary>A whole screening over the Twilio webhook, counted in the segments the person's phone receives and is billed for.</summary>
public sealed class SmsScreeningTests(ITestOutputHelper output)
{
    private const int MaxEnglishSegments = 30;

    private const int MaxOutcomeSegments = 3;

    [Fact]
    public async Task An_english_screening_stays_within_30_segments_all_in_gsm7_one_message_a_turn()
    {
        var notes = new RecordingBot.Notes();
        await using var host = await StartAsync(notes);
        var turns = await PlayAsync(host, notes, "hello", SmsScreening.EligibleEnglish, "yes");

        Assert.All(turns, turn => Assert.Single(turn.Messages));
        Assert.All(turns.SelectMany(turn => turn.Messages), AssertGsm7);
        Assert.InRange(turns.Sum(turn => turn.Segments), 1, MaxEnglishSegments);

        // The review names the questions answered a plain "no" together, once each, and keeps the other answers with their values.
        var review = Assert.Single(turns, turn => turn.QuestionId == "review").Messages[0];
        Assert.Contains("Age: 45 years old", review, StringComparison.Ordinal);
        Assert.Contains("No to: Organ or stem cell transplant, Lupus crisis, ", review, StringComparison.Ordinal);
        Assert.Contains(", Lupus nephritis.", review, StringComparison.Ordinal);
        Assert.DoesNotContain(": no", review, StringComparison.Ordinal);

        // The outcome comes first in its turn's message (the question whether the study team may make contact follows).
        var outcome = turns[^1].Messages[0].Split("\n\n")[0];
        Assert.StartsWith("Result: you are likely eligible.", outcome, StringComparison.Ordinal);
        Assert.InRange(SmsSegments.Count(outcome), 1, MaxOutcomeSegments);
        Assert.Contains("Reply \"details\" for the full list.", outcome, StringComparison.Ordinal);
        Assert.Contains("Investigator: Liangjing Lv.", outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("SELENA-SLEDAI", outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("ACR", outcome, StringComparison.Ordinal);

        var details = Assert.Single(await Twiml.MessagesAsync(await host.SendAsync(TwilioForms.Message("details", "SM99999999999999999999999999999999"))));
        output.WriteLine($"> details [{SmsSegments.Count(details)} segment(s)]\n{details}");
        AssertGsm7(details);
        Assert.Contains("- Age 18 to 70 (met)", details, StringComparison.Ordinal);
        Assert.Contains("1997 ACR", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_screening_is_counted()
    {
        var notes = new RecordingBot.Notes();
        await using var host = await StartAsync(notes);
        var turns = await PlayAsync(host, notes, "你好", SmsScreening.EligibleChinese, "是");

        Assert.All(turns, turn => Assert.Single(turn.Messages));
        Assert.True(turns.Sum(turn => turn.Segments) > 0);
        var details = Assert.Single(await Twiml.MessagesAsync(await host.SendAsync(TwilioForms.Message("详情", "SM99999999999999999999999999999999"))));
        Assert.StartsWith("逐条结果：", details, StringComparison.Ordinal);
    }

    private static void AssertGsm7(string message) =>
        Assert.True(Gsm7Alphabet.CarriesAll(message), $"Not GSM-7 ({string.Join(" ", Gsm7Alphabet.Foreign(message).Select(c => $"U+{(int)c:X4}"))}):\n{message}");

    private static Task<SmsTestHost> StartAsync(RecordingBot.Notes notes) =>
        SmsTestHost.StartAsync(bot: null, configure: builder => RecordingBot.Wrap(builder.Services, notes));

    private async Task<IReadOnlyList<SmsScreening.Turn>> PlayAsync(SmsTestHost host, RecordingBot.Notes notes, string first, IReadOnlyDictionary<string, string> answers, string yes)
    {
        var turns = await SmsScreening.PlayAsync(host, notes, first, answers, yes);
        foreach (var turn in turns)
        {
            output.WriteLine($"> {turn.Sent}  [{turn.QuestionId ?? "outcome"}: {turn.Messages.Count} message(s), {turn.Segments} segment(s), {string.Join("/", turn.Messages.Select(SmsSegments.EncodingOf))}]");
            foreach (var message in turn.Messages)
            {
                output.WriteLine(message);
                output.WriteLine("--");
            }
        }

        output.WriteLine($"TOTAL: {turns.Count} texts in, {turns.Sum(turn => turn.Messages.Count)} messages out, {turns.Sum(turn => turn.Segments)} segments");
        return turns;
    }
}
