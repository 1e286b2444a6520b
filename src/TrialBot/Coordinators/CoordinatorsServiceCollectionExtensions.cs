using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using TrialBot.Host.Coordinators.Dashboard;
using TrialBot.Host.Referrals;
using TrialBot.Storage.Coordinators;

namespace TrialBot.Host.Coordinators;

/// <summary>Registers the coordinators' web app: cookie sign-in with local accounts, OpenID Connect when configured,
/// anti-forgery, the sign-in limits, the dashboard.</summary>
public static class CoordinatorsServiceCollectionExtensions
{
    /// <summary>The header that carries the anti-forgery token of a change.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    /// <summary>
    /// Registers authentication (the cookie scheme <c>Coordinators</c>, secure, HTTP-only, SameSite=Lax; and the
    /// OpenID Connect scheme when <c>Coordinators:Oidc:Authority</c> and <c>:ClientId</c> are set), the authorization
    /// policy of the web app's calls (a signed-in account of at least one site), anti-forgery (token in
    /// <see cref="AntiforgeryHeader"/>), the password hasher and the sign-in limits.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCoordinators(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(CoordinatorOptions.SectionName);
        services.AddOptions<CoordinatorOptions>().Bind(section);
        var settings = section.Get<CoordinatorOptions>() ?? new CoordinatorOptions();

        var authentication = services.AddAuthentication(CoordinatorClaims.Scheme)
            .AddCookie(CoordinatorClaims.Scheme, cookie =>
            {
                cookie.Cookie.Name = "__Host-trialbot-coordinator";
                cookie.Cookie.Path = "/";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = settings.SessionLifetime;
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = ValidateLocalAccountAsync;
            });
        if (settings.Oidc.IsEnabled)
        {
            authentication.AddOpenIdConnect(CoordinatorClaims.OidcScheme, settings.Oidc.DisplayName, oidc => ConfigureOidc(oidc, settings.Oidc));
        }

        services.AddAuthorizationBuilder().AddPolicy(CoordinatorClaims.Policy, policy => policy
            .AddAuthenticationSchemes(CoordinatorClaims.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ReferralAccess.SiteClaimType));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = AntiforgeryHeader;
            antiforgery.Cookie.Name = "trialbot-csrf";
            antiforgery.Cookie.Path = "/";
            // Secure over HTTPS; plain HTTP reaches the web app only from this machine (SecureTransportFilter).
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
        });
        services.AddSingleton<IPasswordHasher<CoordinatorAccount>, PasswordHasher<CoordinatorAccount>>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<LocalSignIn>();
        services.AddSingleton(provider => new DashboardBuilder(provider.GetRequiredService<Screening.Definition.TrialDefinition>()));
        return services;
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>A local account's sign-in ends when the account is removed or its sites change.</summary>
    private static async Task ValidateLocalAccountAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        if (user?.FindFirstValue(CoordinatorClaims.MethodClaimType) != CoordinatorClaims.LocalMethod)
        {
            return;
        }

        var accounts = context.HttpContext.RequestServices.GetRequiredService<ICoordinatorAccountStore>();
        var account = await accounts.FindAsync(user.Identity?.Name ?? string.Empty, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (account is null || !account.SiteIds.SequenceEqual(CoordinatorClaims.SitesOf(user), StringComparer.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CoordinatorClaims.Scheme).ConfigureAwait(false);
        }
    }

    private static void ConfigureOidc(OpenIdConnectOptions oidc, OidcOptions settings)
    {
        oidc.Authority = settings.Authority;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = settings.ClientSecret;
        oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.SignInScheme = CoordinatorClaims.Scheme;
        oidc.CallbackPath = "/coordinators/signin-oidc";
        oidc.SignedOutCallbackPath = "/coordinators/signout-callback-oidc";
        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        oidc.Scope.Add("email");
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
        oidc.Events.OnTokenValidated = context =>
        {
            var principal = context.Principal;
            var sites = settings.SitesFor(principal?.FindAll(settings.SiteClaimType).Select(claim => claim.Value) ?? []);
            if (principal is null || sites.Count == 0)
            {
                context.Fail("The account belongs to no trial site: ask the study's administrator to add it to a site's group.");
                return Task.CompletedTask;
            }

            var name = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("email") ?? principal.FindFirstValue("name") ?? principal.FindFirstValue("sub") ?? "oidc-user";
            context.Principal = CoordinatorClaims.Principal(name, sites, CoordinatorClaims.OidcMethod);
            return Task.CompletedTask;
        };
        oidc.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect("/coordinators/?signin=failed");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
