using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;
using TrialBot.Storage.Retention;
using Xunit;

namespace TrialBot.Storage.Tests.Configuration;

public sealed class AddTrialBotStorageTests : IDisposable
{
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), "trialbot-storage-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Without_settings_it_stores_in_sqlite_under_the_content_root_creating_the_folder()
    {
        using var host = BuildHost();

        await host.StartAsync();
        await WriteAndReadBackAsync(host.Services.GetRequiredService<IStorage>());
        await host.StopAsync();

        Assert.True(File.Exists(Path.Combine(contentRoot, "data", "trialbot.db")));
    }

    [Fact]
    public async Task Registers_bot_state_the_stores_the_middleware_and_the_hosted_services()
    {
        using var host = BuildHost(("Storage:Provider", "memory"));

        await host.StartAsync();
        var services = host.Services;
        var storage = services.GetRequiredService<IStorage>();
        Assert.NotNull(services.GetRequiredService<ConversationState>());
        Assert.NotNull(services.GetRequiredService<UserState>());
        Assert.NotNull(services.GetRequiredService<DuplicateActivityMiddleware>());
        Assert.NotNull(services.GetRequiredService<IProcessedActivityStore>());
        Assert.NotNull(services.GetRequiredService<IReferralStore>());
        Assert.NotNull(services.GetRequiredService<IRetentionPurger>());
        Assert.NotNull(services.GetRequiredService<IConversationEraser>());
        Assert.Contains(services.GetServices<IHostedService>(), service => service is RetentionPurgeService);
        await WriteAndReadBackAsync(storage);
        await host.StopAsync();

        Assert.False(Directory.Exists(Path.Combine(contentRoot, "data")));
    }

    [Fact]
    public async Task A_relative_sqlite_path_is_taken_from_the_content_root()
    {
        using var host = BuildHost(("Storage:ConnectionString", "Data Source=state/bot.sqlite"));

        await host.StartAsync();
        await host.StopAsync();

        Assert.True(File.Exists(Path.Combine(contentRoot, "state", "bot.sqlite")));
    }

    [Theory]
    [InlineData("postgres", "Storage:ConnectionString is required when Storage:Provider is 'postgres'")]
    [InlineData("oracle", "Storage:Provider must be one of sqlite, postgres, memory")]
    public async Task Bad_settings_stop_the_start_with_a_message_naming_the_setting(string provider, string expected)
    {
        using var host = BuildHost(("Storage:Provider", provider));

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(contentRoot))
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    private static async Task WriteAndReadBackAsync(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["n"] = 1 } });
        var read = await storage.ReadAsync(["k"]);
        Assert.Equal(1, Assert.IsType<JObject>(read["k"]).Value<int>("n"));
    }

    private IHost BuildHost(params (string Key, string Value)[] settings)
    {
        Directory.CreateDirectory(contentRoot);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot, Args = [] });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)));
        builder.Services.AddTrialBotStorage(builder.Configuration);
        return builder.Build();
    }
}
