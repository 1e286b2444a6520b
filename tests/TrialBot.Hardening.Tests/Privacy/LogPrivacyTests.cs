using System.Text;
using System.Text.RegularExpressions;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Privacy;

/// <summary>
/// Whole conversations in English and Chinese through HTTP, with logs captured at every level (messages, structured
/// values, scopes, exceptions), including the error paths: a storage outage mid-turn, two turns of one conversation at
/// once, and bodies refused with 400 and 413 that carry an answer. No answer text, and no age, dose, city, name or
/// contact value, appears anywhere in the logs.
/// </summary>
public sealed partial class LogPrivacyTests
{
    public static TheoryData<string> Languages => new() { "en", "zh" };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task No_answer_and_no_answer_value_appears_in_any_log_line_even_on_error_paths(string language)
    {
        var script = PrivateScript(language);
        Func<IServiceProvider, FaultInjectingStorage> faults = null!;
        await using var host = await HardeningHost.StartAsync(configure: builder => faults = FaultInjectingStorage.Install(builder), logLevel: LogLevel.Trace);
        var storage = faults(host.Services);
        var conversationId = $"private-{language}";

        await ScreeningDriver.RunAsync(host.Channel, conversationId, script, async questionId =>
        {
            if (questionId == "steroid-dose")
            {
                await ErrorPathsAsync(host, storage, conversationId, script);
            }

            return true;
        });

        var logs = host.Logs.AllText;
        Assert.True(host.Logs.Count > 100, "The logs were captured at every level.");
        Assert.Contains("Turn failed with System.IO.IOException", logs, StringComparison.Ordinal);
        var leaked = Forbidden(script).Where(text => logs.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Concat(ForbiddenNumbers.Where(number => NumberIn(number).IsMatch(logs)))
            .ToList();
        Assert.True(leaked.Count == 0, $"Leaked into the logs: {string.Join(", ", leaked)}. First line: {FirstLineWith(logs, leaked.FirstOrDefault())}");
    }

    private static readonly string[] ForbiddenNumbers = ["63", "7.5", "11", "2.3"];

    private static async Task ErrorPathsAsync(HardeningHost host, FaultInjectingStorage storage, string conversationId, ScreeningScript script)
    {
        var dose = script.AnswerTo("steroid-dose");
        storage.WritesFail = true;
        await host.Channel.SayAsync(conversationId, dose, script.Locale);
        storage.WritesFail = false;

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.Channel.SayAsync(conversationId, "I don't know", script.Locale)));
        await host.Channel.PostAsync(new StringContent($"{{\"type\":\"message\",\"text\":\"{dose}\"", Encoding.UTF8, "application/json"));
        await host.Channel.PostAsync(new StringContent($"{{\"type\":\"message\",\"text\":{{\"a\":\"{dose}\"}},\"conversation\":{{\"id\":\"{dose}\"}}}}", Encoding.UTF8, "application/json"));
        await host.Channel.PostAsync(ChannelClient.Activity("message", conversationId, dose + new string(' ', 300_000), script.Locale));

        // Back to the dose question, whatever the concurrent turns did, so that the script goes on from there.
        await host.Channel.SayAsync(conversationId, script.Language == "zh" ? "修改激素剂量" : "change my steroid dose", script.Locale);
    }

    private static ScreeningScript PrivateScript(string language) => language == "zh"
        ? ScreeningScript.EligibleChinese.With("private-zh", ScreeningScript.LikelyEligible,
            ("age", "我今年63岁"), ("steroid-dose", "每天7.5毫克泼尼松"), ("sledai", "11分"), ("iga", "2.3 g/L"),
            ("treatment", "泼尼松和吗替麦考酚酯"), ("referral.name", "周欣悦"), ("referral.contact", "13912345678"))
        : ScreeningScript.EligibleEnglish.With("private-en", ScreeningScript.LikelyEligible,
            ("age", "I am 63 years old"), ("steroid-dose", "prednisone 7.5 mg a day"), ("sledai", "SLEDAI 11"), ("iga", "2.3 g/L"),
            ("treatment", "prednisone and mycophenolate mofetil"), ("referral.name", "Zhou Xinyue"), ("referral.contact", "zhou.xinyue@example.com"));

    /// <summary>Every answer that says something about the person (not the bare yes/no words), and the values read from them.</summary>
    private static IEnumerable<string> Forbidden(ScreeningScript script) => script.Answers
        .Where(answer => answer.Value.Length >= 4 && answer.Key is not "consent" and not "referral" and not "referral.site")
        .Select(answer => answer.Value)
        .Concat(["Hangzhou", "杭州", "mycophenolate", "吗替麦考酚酯", "zhou.xinyue", "Zhou Xinyue", "周欣悦", "13912345678", "+8613912345678"]);

    private static string? FirstLineWith(string logs, string? leak) => leak is null
        ? null
        : logs.Split('\n').FirstOrDefault(line => ForbiddenNumbers.Contains(leak) ? NumberIn(leak).IsMatch(line) : line.Contains(leak, StringComparison.OrdinalIgnoreCase)) is { } line ? line[..Math.Min(line.Length, 300)] : null;

    /// <summary>
    /// A number standing alone (not part of a longer number, an id, a time of day ("11:58:41", which a data-protection key's
    /// dates print at debug level whenever the key ring holds a key made in that hour) or a duration in ms, and not a stack
    /// trace's source line, ":line 63", which moves whenever the code does).
    /// </summary>
    private static Regex NumberIn(string number) => new($@"(?<![\w.:/-])(?<!\.cs:line ){Regex.Escape(number)}(?![\w]|\.\d|:\d|\s*ms\b)", RegexOptions.CultureInvariant);
}
