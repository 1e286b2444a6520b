using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace TrialBot.Host.Tests.Support;

/// <summary>An OpenID Connect provider's discovery document on a real local port: enough for a sign-in to start
/// (the redirect to the provider), not to finish.</summary>
internal sealed class FakeOidcProvider : IAsyncDisposable
{
    private static readonly string[] ResponseTypes = ["code"];
    private static readonly string[] SubjectTypes = ["public"];
    private static readonly string[] SigningAlgorithms = ["RS256"];

    private readonly WebApplication app;

    private FakeOidcProvider(WebApplication app, string authority)
    {
        this.app = app;
        Authority = authority;
    }

    /// <summary>The issuer, with a trailing slash.</summary>
    public string Authority { get; }

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        string? authority = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority!,
            ["authorization_endpoint"] = authority + "authorize",
            ["token_endpoint"] = authority + "token",
            ["jwks_uri"] = authority + "keys",
            ["response_types_supported"] = ResponseTypes,
            ["subject_types_supported"] = SubjectTypes,
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        app.MapGet("/keys", () => Results.Json(new { keys = Array.Empty<object>() }));
        await app.StartAsync();
        authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/";
        return new FakeOidcProvider(app, authority);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
