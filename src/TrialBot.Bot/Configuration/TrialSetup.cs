using Microsoft.Extensions.Configuration;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Configuration;

/// <summary>The trial the bot screens for: its definition, and its sites with the contacts configured.</summary>
/// <param name="Definition">The trial definition.</param>
/// <param name="Sites">The sites, with <c>Sites:{siteId}:Phone</c> and <c>:Email</c> applied.</param>
internal sealed record TrialSetup(TrialDefinition Definition, SiteDirectory Sites)
{
    /// <summary>Loads the definition and applies the configured contacts.</summary>
    /// <param name="options">The trial options.</param>
    /// <param name="configuration">The configuration holding the <c>Sites</c> section.</param>
    /// <returns>The set-up.</returns>
    /// <exception cref="TrialDefinitionException">The definition file is missing or invalid.</exception>
    /// <exception cref="ArgumentException">Contacts are configured for a site id the definition does not have.</exception>
    public static TrialSetup Load(TrialOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var definition = TrialDefinitionLoader.Load(options.ResolvedDefinitionPath);
        var contacts = configuration.GetSection(TrialOptions.SitesSectionName).GetChildren().ToDictionary(
            site => site.Key,
            site => new SiteContact(site["Phone"] ?? string.Empty, site["Email"] ?? string.Empty),
            StringComparer.Ordinal);
        return new TrialSetup(definition, new SiteDirectory(definition.Sites).WithContacts(contacts));
    }
}
