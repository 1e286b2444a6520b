using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using TrialBot.Storage.Coordinators;

namespace TrialBot.Host.Tests.Support;

/// <summary>
/// What the coordinators' page does over HTTP, with its own cookies: the host marks its cookies Secure, which
/// <see cref="CookieContainer"/> would not send to the tests' plain http://127.0.0.1, so this keeps them itself (name and
/// value, as a browser on a secure origin would) and shows every Set-Cookie header it received.
/// </summary>
internal sealed class CoordinatorBrowser : IDisposable
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);
    private readonly HttpClient client;

    public CoordinatorBrowser(Uri address) => client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };

    /// <summary>Every Set-Cookie header received, in order.</summary>
    public List<string> SetCookies { get; } = [];

    /// <summary>The anti-forgery token from the last session read.</summary>
    public string? Token { get; private set; }

    public static async Task AddAccountAsync(RunningHost host, string email, string password, params string[] sites)
    {
        var hasher = host.Services.GetRequiredService<IPasswordHasher<CoordinatorAccount>>();
        var account = new CoordinatorAccount { Email = email, PasswordHash = "x", SiteIds = sites, CreatedAt = DateTimeOffset.UtcNow };
        await host.Services.GetRequiredService<ICoordinatorAccountStore>().SaveAsync(account with { PasswordHash = hasher.HashPassword(account, password) });
    }

    public async Task<JsonNode> SessionAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, "/coordinators/api/session");
        var session = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Token = (string?)session["antiforgeryToken"];
        return session;
    }

    /// <summary>Reads the session (for the token), signs in, and reads the session again (the token follows the user).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        await SessionAsync();
        var response = await PostAsync("/coordinators/api/signin", new { email, password });
        if (response.IsSuccessStatusCode)
        {
            await SessionAsync();
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PostAsync(string path, object body, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (withToken && Token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", Token);
        }

        return SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path) => SendAsync(new HttpRequestMessage(method, path));

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
            }

            var response = await client.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var header in setCookies)
                {
                    SetCookies.Add(header);
                    var pair = header.Split(';', 2)[0];
                    var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                    var value = pair[(name.Length + 1)..];
                    if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    {
                        cookies.Remove(name);
                    }
                    else
                    {
                        cookies[name] = value;
                    }
                }
            }

            return response;
        }
    }

    public void Dispose() => client.Dispose();
}
