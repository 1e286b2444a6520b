using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using TrialBot.Host.Hosting;

namespace TrialBot.Host.Tests;

public sealed class DefaultListenAddressTests
{
    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")]
    public void An_address_configured_the_usual_ways_is_kept(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.True(DefaultListenAddress.IsConfigured(configuration));
    }

    [Fact]
    public void Without_a_configured_address_the_host_listens_on_port_3978()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());

        builder.WebHost.UseDefaultListenAddress(builder.Configuration);

        Assert.Equal("http://localhost:3978", builder.WebHost.GetSetting("urls"));
    }

    [Fact]
    public void Urls_on_the_command_line_win()
    {
        var builder = TrialBotHost.CreateBuilder(["--urls", "http://127.0.0.1:5123"]);

        Assert.Equal("http://127.0.0.1:5123", builder.WebHost.GetSetting("urls"));
    }
}
