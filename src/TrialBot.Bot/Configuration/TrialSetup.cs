using Microsoft.Extensions.Configuration;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Configuration;

/// <summary>The trials the bot screens for: their definitions (one, or several asked together), and their sites with the contacts configured.</summary>
/// <param name="Trials">The trials.</param>
/// <param name="Sites">Every trial's sites, with <c>Sites:{siteId}:Phone</c> and <c>:Email</c> applied.</param>
internal sealed record TrialSetup(TrialSet Trials, SiteDirectory Sites)
{
    /// <summary>Initializes a new instance of the <see cref="TrialSetup"/> class for one trial.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="sites">Its sites.</param>
    public TrialSetup(TrialDefinition definition, SiteDirectory sites)
        : this(TrialSet.Of(definition), sites)
    {
    }

    /// <summary>Gets the questionnaire asked: the one trial's definition, or the trials' combined one (<see cref="TrialSet.Combined"/>).</summary>
    public TrialDefinition Definition => Trials.Combined;

    /// <summary>Returns the sites of one trial, with their contacts.</summary>
    /// <param name="trial">The trial.</param>
    /// <returns>Its sites.</returns>
    public SiteDirectory SitesOf(TrialDefinition trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new SiteDirectory(trial.Sites.Select(site => Sites.Find(site.Id) ?? site));
    }

    /// <summary>Loads the definitions and applies the configured contacts.</summary>
    /// <param name="options">The trial options.</param>
    /// <param name="configuration">The configuration holding the <c>Sites</c> section.</param>
    /// <returns>The set-up.</returns>
    /// <exception cref="TrialDefinitionException">A definition file is missing or invalid, or two do not fit together.</exception>
    /// <exception cref="ArgumentException">Contacts are configured for a site id no definition has.</exception>
    public static TrialSetup Load(TrialOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var paths = options.ResolvedDefinitionPaths;
        var trials = TrialSet.Of([.. paths.Select(TrialDefinitionLoader.Load)], paths);
        var contacts = configuration.GetSection(TrialOptions.SitesSectionName).GetChildren().ToDictionary(
            site => site.Key,
            site => new SiteContact(site["Phone"] ?? string.Empty, site["Email"] ?? string.Empty),
            StringComparer.Ordinal);
        return new TrialSetup(trials, new SiteDirectory(trials.Combined.Sites).WithContacts(contacts));
    }
}
