using System.Net;
using System.Text.Json.Nodes;
using TrialBot.Host.Referrals;

namespace TrialBot.Host.Tests.Support;

/// <summary>The referral API called as an operator's system calls it: with its API key in the header, expecting 200.</summary>
internal static class ReferralApi
{
    /// <summary>The request with the API key header.</summary>
    public static HttpRequestMessage WithKey(HttpRequestMessage request, string key)
    {
        request.Headers.Add(ReferralApiKeyFilter.ApiKeyHeader, key);
        return request;
    }

    /// <summary>The referrals listed by <c>GET /api/referrals</c> with the query (without its "?"), after asserting 200.</summary>
    public static async Task<IReadOnlyList<JsonObject>> ListAsync(RunningHost host, string key, string query = "")
    {
        var body = await TextAsync(host, key, query.Length == 0 ? "/api/referrals" : "/api/referrals?" + query);
        return [.. JsonNode.Parse(body)!.AsArray().Select(item => item!.AsObject())];
    }

    /// <summary>The body of a GET of <paramref name="path"/>, after asserting 200.</summary>
    public static async Task<string> TextAsync(RunningHost host, string key, string path)
    {
        using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, path), key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
