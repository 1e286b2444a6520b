using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrialBot.Bot.Configuration;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Channels;
using TrialBot.Recognition.Places;
using TrialBot.Bot.Tests.Support;
using TrialBot.Storage;

namespace TrialBot.Bot.Tests;

public class RegistrationTests
{
    private static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "memory" })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection().AddLogging();
        before?.Invoke(services);
        services.AddTrialBotStorage(configuration);
        services.AddScreeningBot(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_definition_is_found_in_the_trials_folder_of_the_output_and_the_bot_resolves()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.NotNull(provider.GetRequiredService<IBot>());
        Assert.Equal("NCT05765006", provider.GetRequiredService<TrialSetup>().Definition.Id);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void The_runner_and_the_built_in_tables_come_from_the_container()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var conversation = provider.GetRequiredService<ScreeningConversation>();

        Assert.Same(provider.GetRequiredService<DialogRunner>(), conversation.Runner);
        Assert.Same(provider.GetRequiredService<ConversationRecordStore>(), conversation.Records);
        Assert.Same(BotTexts.Default, provider.GetRequiredKeyedService<BotTexts>(ConversationServiceCollectionExtensions.BuiltInTextsKey));
        Assert.Same(ChannelCapabilityTable.Default, provider.GetRequiredService<ChannelCapabilityTable>());
        Assert.Same(CityDirectory.BuiltIn, provider.GetRequiredService<CityDirectory>());
        Assert.Same(ChannelCapabilityTable.Default, provider.GetRequiredService<DialogEngineOptions>().Channels);
    }

    [Fact]
    public void A_channel_table_registered_before_the_bot_is_the_one_the_dialogs_use()
    {
        var table = ChannelCapabilityTable.Default.With("line", ChannelCapabilityTable.Default.For("sms"));
        using var provider = Build(new Dictionary<string, string?>(), services => services.AddSingleton(table));

        Assert.Same(table, provider.GetRequiredService<DialogEngineOptions>().Channels);
        Assert.Same(table, provider.GetRequiredService<ChannelCapabilityTable>());
    }

    [Fact]
    public void A_broken_definition_fails_validation_with_the_loaders_message()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(directory.FullName, "broken.json");
            File.WriteAllText(path, """{"schemaVersion": 1, "id": "NCT05765006"}""");
            using var provider = Build(new Dictionary<string, string?> { ["Trial:DefinitionPath"] = path });

            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TrialOptions>>().Value);

            var message = Assert.Single(error.Failures);
            Assert.StartsWith("Trial:DefinitionPath", message, StringComparison.Ordinal);
            Assert.Contains("broken.json", message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_definition_file_fails_validation()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Trial:DefinitionPath"] = "trials/nothing-here.json" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TrialOptions>>().Value);

        Assert.Contains("nothing-here.json", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Contacts_for_a_site_the_trial_does_not_have_fail_validation_naming_the_sites()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Sites:beijing-general:Phone"] = "010 0000 0000" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TrialOptions>>().Value);

        var message = Assert.Single(error.Failures);
        Assert.StartsWith("Sites:", message, StringComparison.Ordinal);
        Assert.Contains("beijing-general", message, StringComparison.Ordinal);
        Assert.Contains("wuhan-union", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_contacts_are_applied_to_their_sites()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Sites:wuhan-union:Phone"] = " 027 0000 0000 ",
            ["Sites:wuhan-union:Email"] = "study@example.org",
        });

        var sites = provider.GetRequiredService<TrialSetup>().Sites;

        Assert.Equal("027 0000 0000", sites.Find("wuhan-union")!.Contact.Phone);
        Assert.Equal("study@example.org", sites.Find("wuhan-union")!.Contact.Email);
        Assert.True(sites.Find("shanghai-renji")!.Contact.IsEmpty);
    }

    [Fact]
    public async Task The_registered_bot_talks()
    {
        await using var driver = ChatDriver.Create();

        Assert.Equal("consent", Replies.LastQuestionId(await driver.JoinAsync()));
    }
}
