using System.Net;
using System.Net.Http.Headers;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Auth;

/// <summary>The referral API refuses a request without its key, or with a wrong one, with 401, and lists nothing.</summary>
public sealed class ReferralApiKeyTests
{
    private const string ApiKey = "a-referral-api-key-for-tests-0123";

    [Theory]
    [InlineData(null, null)]
    [InlineData("X-Api-Key", "")]
    [InlineData("X-Api-Key", "wrong-key-wrong-key-wrong-key-000")]
    [InlineData("X-Api-Key", "a-referral-api-key-for-tests-012")]
    [InlineData("Authorization", "Bearer wrong-key-wrong-key-wrong-key")]
    [InlineData("Authorization", "Basic " + ApiKey)]
    public async Task Without_the_right_key_the_referral_api_is_401(string? header, string? value)
    {
        await using var host = await HardeningHost.StartAsync(new Dictionary<string, string?> { ["Referrals:ApiKey"] = ApiKey }, logLevel: LogLevel.Warning);
        await ScreeningDriver.RunAsync(host.Channel, "referred", ScreeningScript.EligibleEnglish);

        foreach (var path in new[] { "/api/referrals", "/api/referrals?format=csv", $"/api/referrals/{Guid.NewGuid()}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (header is not null)
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }

            using var response = await host.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("Wang Fang", body, StringComparison.Ordinal);
        }

        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        allowed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        using var listed = await host.Http.SendAsync(allowed);
        Assert.Contains("Wang Fang", await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
