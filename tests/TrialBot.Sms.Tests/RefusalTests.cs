using System.Net;
using System.Text.Json.Nodes;
using TrialBot.Sms.Tests.Bots;
using TrialBot.Sms.Tests.Support;

namespace TrialBot.Sms.Tests;

/// <summary>What the webhook refuses, with which status and reason; a refused request never reaches the bot.</summary>
public sealed class RefusalTests
{
    [Fact]
    public async Task A_wrong_signature_is_refused_with_403_and_the_bot_is_not_run()
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot);
        var form = TwilioForms.Message("hello");
        var signature = TwilioRequestSigner.Sign("ffffffffffffffffffffffffffffffff", host.WebhookUrl, form);

        var response = await host.SendAsync(form, signature: signature);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "X-Twilio-Signature");
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task A_signature_of_other_parameters_is_refused_with_403()
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot);
        var signature = TwilioRequestSigner.Sign(SmsTestHost.AuthToken, host.WebhookUrl, TwilioForms.Message("hello"));

        var response = await host.SendAsync(TwilioForms.Message("goodbye"), signature: signature);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "X-Twilio-Signature");
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task A_request_without_a_signature_is_refused_with_403_and_the_bot_is_not_run()
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot);

        var response = await host.Client.PostAsync(host.WebhookUrl, new FormUrlEncodedContent(TwilioForms.Message("hello")));

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "X-Twilio-Signature");
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Behind_a_proxy_the_signature_is_checked_against_the_public_url()
    {
        const string publicUrl = "https://bot.example.org/api/sms";
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot, new Dictionary<string, string?> { ["Sms:PublicUrl"] = publicUrl });

        var signedForPublicUrl = await host.SendAsync(TwilioForms.Message("hello"), signedUrl: publicUrl);
        var signedForLocalUrl = await host.SendAsync(TwilioForms.Message("hello", messageSid: "SM22222222222222222222222222222222"));

        Assert.Single(await Twiml.MessagesAsync(signedForPublicUrl));
        await AssertRefusedAsync(signedForLocalUrl, HttpStatusCode.Forbidden, "X-Twilio-Signature");
        Assert.Equal(1, bot.Turns);
    }

    [Fact]
    public async Task Without_an_auth_token_the_endpoint_is_not_there()
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot, new Dictionary<string, string?> { ["Sms:TwilioAuthToken"] = "" });

        var response = await host.SendAsync(TwilioForms.Message("hello"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("From", "From")]
    [InlineData("To", "To")]
    [InlineData("Body", "Body")]
    [InlineData("MessageSid", "MessageSid")]
    public async Task A_missing_parameter_is_refused_with_400_naming_it(string parameter, string reason)
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot);

        var response = await host.SendAsync(TwilioForms.Message("hello").Without(parameter));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, reason);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_400()
    {
        var bot = new RichRepliesBot();
        await using var host = await SmsTestHost.StartAsync(bot, new Dictionary<string, string?> { ["Sms:MaxBodyLength"] = "100" });

        var response = await host.SendAsync(TwilioForms.Message(new string('a', 101)));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "longer than 100 characters");
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Json_is_refused_with_415()
    {
        await using var host = await SmsTestHost.StartAsync(new RichRepliesBot());
        var request = new HttpRequestMessage(HttpMethod.Post, host.WebhookUrl)
        {
            Content = new StringContent("""{"From":"+8613800138000","Body":"hello"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Twilio-Signature", "c2lnbmF0dXJl");

        var response = await host.Client.SendAsync(request);

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "application/x-www-form-urlencoded");
    }

    [Fact]
    public async Task A_request_body_over_64_kilobytes_is_refused_with_413()
    {
        await using var host = await SmsTestHost.StartAsync(new RichRepliesBot());

        var response = await host.SendAsync(TwilioForms.Message(new string('a', 70_000)));

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than");
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(reason, (string?)problem["detail"] ?? string.Empty, StringComparison.Ordinal);
    }
}
