using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TrialBot.DirectLine.Azure;
using TrialBot.DirectLine.Tests.Support;

namespace TrialBot.DirectLine.Tests;

public sealed class AzureModeTests
{
    private const string Secret = "azure-direct-line-secret";

    private static readonly Dictionary<string, string?> AzureSettings = new()
    {
        ["DirectLine:Mode"] = "Azure",
        ["DirectLine:Secret"] = Secret,
    };

    [Fact]
    public async Task The_pages_token_comes_from_azure_with_the_secret_kept_on_the_server()
    {
        var azure = new FakeAzureDirectLine(HttpStatusCode.OK, "{\"conversationId\":\"azure-conv\",\"token\":\"azure-token\",\"expires_in\":1800}");
        await using var host = await StartAsync(azure);

        var answer = await host.Client.GenerateTokenAsync("{\"user\":{\"id\":\"dl_ada\",\"name\":\"Ada\"}}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("azure-conv", answer.Text("conversationId"));
        Assert.Equal("azure-token", answer.Text("token"));
        Assert.Equal(1800, (int)answer.Body["expires_in"]!);
        Assert.Equal("https://directline.botframework.com/v3/directline", answer.Text("domain"));
        Assert.DoesNotContain(Secret, answer.Body.ToString(), StringComparison.Ordinal);

        var (request, body) = Assert.Single(azure.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://directline.botframework.com/v3/directline/tokens/generate"), request.RequestUri);
        Assert.Equal($"Bearer {Secret}", request.Headers.Authorization?.ToString());
        Assert.Equal("dl_ada", (string?)JObject.Parse(body).SelectToken("user.id"));
    }

    [Fact]
    public async Task A_refusal_from_azure_becomes_bad_gateway_with_a_reason()
    {
        await using var host = await StartAsync(new FakeAzureDirectLine(HttpStatusCode.Forbidden, "{}"));

        var answer = await host.Client.GenerateTokenAsync();

        Assert.Equal(HttpStatusCode.BadGateway, answer.Status);
        Assert.Contains("HTTP 403", answer.Text("error.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_from_azure_without_a_token_becomes_bad_gateway()
    {
        await using var host = await StartAsync(new FakeAzureDirectLine(HttpStatusCode.OK, "<html>maintenance</html>"));

        var answer = await host.Client.GenerateTokenAsync();

        Assert.Equal(HttpStatusCode.BadGateway, answer.Status);
        Assert.Equal("ServiceError", answer.ErrorCode);
    }

    [Fact]
    public async Task In_azure_mode_this_host_serves_no_conversations()
    {
        await using var host = await StartAsync(new FakeAzureDirectLine(HttpStatusCode.OK, "{}"));

        var answer = await host.Client.StartConversationAsync("any");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    private static Task<DirectLineTestHost> StartAsync(FakeAzureDirectLine azure) =>
        DirectLineTestHost.StartAsync(new QuestionnaireBot(), AzureSettings, configureServices: services =>
            services.AddHttpClient(AzureDirectLineTokenClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => azure));
}
