using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests;

public class StaleStateTests
{
    private const string Version = "v1";

    private static readonly string[] FreshStart = [EnglishTexts.Get(DialogTextKeys.ConversationReset), SampleIntakeDialogs.Greeting, SampleIntakeDialogs.ConsentQuestion];

    private static DialogEngineOptions Versioned(string version = Version) => new() { DialogsVersion = version };

    private static async Task<IStorage> StorageAtAgeQuestionAsync(DialogEngineOptions? options = null)
    {
        var storage = new MemoryStorage();
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, storage, options);
        await driver.SayAsync("hi");
        await driver.SayAsync("yes");
        return storage;
    }

    /// <summary>
    /// A storage holding the documented stack shape written by hand, as an earlier version stored it: the intake at its
    /// age question, entries without their dialog shapes.
    /// </summary>
    private static async Task<IStorage> StorageWithHandWrittenStackAsync(string dialogsVersion)
    {
        var storage = new MemoryStorage();
        await StoredStackWriter.WriteAsync(storage, JToken.Parse($$"""
            {
              "schemaVersion": 1,
              "dialogsVersion": "{{dialogsVersion}}",
              "stack": [
                { "id": "intake", "step": 1, "values": { "consent": true } },
                { "id": "age", "step": 0, "options": { "prompt": "How old are you?", "questionId": "age" }, "values": { "attempts": 0 } }
              ]
            }
            """));
        return storage;
    }

    private static async Task AssertRestartsGracefullyAsync(ConversationDriver driver)
    {
        var replies = await driver.SayAsync("42");

        Assert.Equal(FreshStart, replies.Select(reply => reply.Text));
        Assert.Equal(SampleIntakeDialogs.AgeQuestion, (await driver.SayExpectingOneReplyAsync("yes")).Text);
    }

    private static DialogSet IntakeWith(string rootId, params WaterfallStep[] steps) => new DialogSet()
        .Add(new WaterfallDialog(rootId, steps))
        .Add(new ConfirmPrompt(SampleIntakeDialogs.ConsentPromptId))
        .Add(SamplePrompts.Age(SampleIntakeDialogs.AgePromptId));

    private static Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(SampleIntakeDialogs.ConsentPromptId, new PromptOptions { Prompt = SampleIntakeDialogs.ConsentQuestion }, cancellationToken);

    private static async Task<DialogTurnResult> GreetAndAskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(SampleIntakeDialogs.Greeting, cancellationToken: cancellationToken);
        return await AskConsentAsync(step, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskAgeAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(SampleIntakeDialogs.AgePromptId, new PromptOptions { Prompt = SampleIntakeDialogs.AgeQuestion }, cancellationToken);

    [Fact]
    public async Task A_changed_step_count_changes_the_computed_version_and_restarts()
    {
        var storage = await StorageAtAgeQuestionAsync();
        var changed = IntakeWith(SampleIntakeDialogs.RootId, GreetAndAskConsentAsync, AskAgeAsync, AskConsentAsync, AskAgeAsync);

        var driver = new ConversationDriver(changed, SampleIntakeDialogs.RootId, storage);

        Assert.NotEqual(SampleIntakeDialogs.Create().ComputeVersion(), changed.ComputeVersion());
        await AssertRestartsGracefullyAsync(driver);
    }

    [Fact]
    public async Task An_explicit_version_change_restarts()
    {
        var storage = await StorageAtAgeQuestionAsync(Versioned("2025-01"));

        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, storage, Versioned("2025-02"));

        await AssertRestartsGracefullyAsync(driver);
    }

    [Fact]
    public async Task A_renamed_dialog_restarts_even_when_the_version_was_not_changed()
    {
        var storage = await StorageAtAgeQuestionAsync(Versioned());
        var renamed = IntakeWith("intake-v2", GreetAndAskConsentAsync, AskAgeAsync);

        var driver = new ConversationDriver(renamed, "intake-v2", storage, Versioned());

        await AssertRestartsGracefullyAsync(driver);
    }

    [Fact]
    public async Task A_step_index_out_of_range_restarts_even_when_the_version_was_not_changed()
    {
        var storage = await StorageAtAgeQuestionAsync(Versioned());
        var shortened = IntakeWith(SampleIntakeDialogs.RootId, GreetAndAskConsentAsync);

        var driver = new ConversationDriver(shortened, SampleIntakeDialogs.RootId, storage, Versioned());

        var replies = await driver.SayAsync("42");
        Assert.Equal(FreshStart, replies.Select(reply => reply.Text));
    }

    public static TheoryData<string> DamagedStacks => new()
    {
        "\"garbage\"",
        "[1, 2, 3]",
        "42",
        """{"schemaVersion": "1", "dialogsVersion": "v1", "stack": []}""",
        """{"schemaVersion": 2, "dialogsVersion": "v1", "stack": []}""",
        """{"schemaVersion": 1, "stack": []}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": "intake"}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [5]}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [{"id": "intake"}]}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [{"id": "intake", "step": -1}]}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [{"id": "", "step": 0}]}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [{"id": "intake", "step": 1, "values": [1]}]}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [{"id": "intake", "step": 99999999999}]}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [{"id": "intake", "step": 1}, {"id": "age", "step": 0}]}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [{"id": "intake", "step": 1}, {"id": "age", "step": 0, "options": 5}]}""",
        """{"schemaVersion": 1, "dialogsVersion": "v1", "stack": [{"id": "intake", "step": 1}, {"id": "age", "step": 0, "options": {"choices": "x"}}]}""",
    };

    [Theory]
    [MemberData(nameof(DamagedStacks))]
    public async Task Damaged_or_unknown_stored_shapes_restart_gracefully(string storedJson)
    {
        var storage = new MemoryStorage();
        await StoredStackWriter.WriteAsync(storage, JToken.Parse(storedJson));

        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, storage, Versioned());

        await AssertRestartsGracefullyAsync(driver);
    }

    [Fact]
    public async Task The_documented_shape_written_by_hand_resumes()
    {
        var storage = await StorageWithHandWrittenStackAsync("v1");

        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, storage, Versioned());

        Assert.Equal(SampleIntakeDialogs.Closing(29), (await driver.SayExpectingOneReplyAsync("29")).Text);
    }

    [Fact]
    public async Task After_a_restart_the_new_version_is_stored()
    {
        var memory = new Dictionary<string, JObject>();
        var storage = new MemoryStorage(memory);
        await StoredStackWriter.WriteAsync(storage, JToken.Parse("\"garbage\""));
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, storage, Versioned());

        await driver.SayAsync("hi");

        var stored = JToken.Parse((string)Assert.Single(memory.Values)["dialogStack"]!);
        Assert.Equal(Version, stored["dialogsVersion"]!.Value<string>());
        Assert.Equal(2, ((JArray)stored["stack"]!).Count);
    }

    [Fact]
    public async Task A_computed_version_changed_by_another_dialog_resumes_a_stack_whose_dialogs_kept_their_shapes()
    {
        var storage = await StorageAtAgeQuestionAsync();
        var grown = SampleIntakeDialogs.Create().Add(new WaterfallDialog("follow-up", [AskConsentAsync]));

        var driver = new ConversationDriver(grown, SampleIntakeDialogs.RootId, storage);

        Assert.NotEqual(SampleIntakeDialogs.Create().ComputeVersion(), grown.ComputeVersion());
        Assert.Equal(SampleIntakeDialogs.Closing(42), (await driver.SayExpectingOneReplyAsync("42")).Text);
    }

    [Fact]
    public async Task An_explicit_version_changed_with_the_same_shapes_still_restarts()
    {
        var storage = await StorageAtAgeQuestionAsync();
        var grown = SampleIntakeDialogs.Create().Add(new WaterfallDialog("follow-up", [AskConsentAsync]));

        var driver = new ConversationDriver(grown, SampleIntakeDialogs.RootId, storage, Versioned("2026-12"));

        await AssertRestartsGracefullyAsync(driver);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("before", true)]
    [InlineData("another", false)]
    public async Task A_stack_written_before_entries_kept_their_shape_resumes_only_through_its_earlier_version(string? bridgedVersion, bool resumes)
    {
        var storage = await StorageWithHandWrittenStackAsync("before");
        var options = new DialogEngineOptions
        {
            EarlierDialogsVersion = bridgedVersion is null ? null : new EarlierDialogsVersion(bridgedVersion, new Dictionary<string, string>()),
        };

        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, storage, options);

        if (resumes)
        {
            Assert.Equal(SampleIntakeDialogs.Closing(29), (await driver.SayExpectingOneReplyAsync("29")).Text);
        }
        else
        {
            await AssertRestartsGracefullyAsync(driver);
        }
    }

    [Fact]
    public async Task A_stack_of_the_earlier_version_inside_a_dialog_changed_since_restarts()
    {
        var storage = await StorageWithHandWrittenStackAsync("before");
        var options = new DialogEngineOptions
        {
            EarlierDialogsVersion = new EarlierDialogsVersion("before", new Dictionary<string, string> { ["intake"] = "waterfall:5" }),
        };

        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, storage, options);

        await AssertRestartsGracefullyAsync(driver);
    }

    [Fact]
    public async Task Each_stored_entry_keeps_its_dialog_shape()
    {
        var memory = new Dictionary<string, JObject>();
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage(memory));

        await driver.SayAsync("hi");

        var stack = (JArray)JToken.Parse((string)Assert.Single(memory.Values)["dialogStack"]!)["stack"]!;
        Assert.All(stack, entry => Assert.False(string.IsNullOrEmpty(entry["shape"]?.Value<string>())));
        Assert.StartsWith("waterfall:", stack[0]["shape"]!.Value<string>(), StringComparison.Ordinal);
    }
}
