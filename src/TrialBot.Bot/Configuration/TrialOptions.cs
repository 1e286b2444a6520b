namespace TrialBot.Bot.Configuration;

/// <summary>
/// The <c>Trial</c> section of the configuration. Site contacts are configured beside it, per site id of the trial
/// definition: <c>Sites:{siteId}:Phone</c> and <c>Sites:{siteId}:Email</c> (the listing gives none; the bot never invents
/// them and, when they are empty, tells people to ask their doctor or the hospital).
/// </summary>
public sealed class TrialOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Trial";

    /// <summary>The section of the site contacts: <c>Sites:{siteId}:Phone</c>, <c>Sites:{siteId}:Email</c>.</summary>
    public const string SitesSectionName = "Sites";

    /// <summary>The definition used when <see cref="DefinitionPath"/> is not set, relative to the application's folder.</summary>
    public const string DefaultDefinitionPath = "trials/NCT05765006.json";

    /// <summary>Gets or sets <c>Trial:DefinitionPath</c>: the trial definition file; a relative path starts from the application's folder (<see cref="AppContext.BaseDirectory"/>).</summary>
    public string? DefinitionPath { get; set; }

    /// <summary>
    /// Gets or sets <c>Trial:DefinitionPaths</c>: the trials a site runs, screened for together (shared questions asked
    /// once; see <c>TrialSet</c>). When set, <see cref="DefinitionPath"/> must not be; relative paths as there.
    /// </summary>
    public IList<string> DefinitionPaths { get; set; } = [];

    /// <summary>Gets the full path of the definition file (the first one, when several are configured).</summary>
    public string ResolvedDefinitionPath => ResolvedDefinitionPaths[0];

    /// <summary>Gets the full paths of the definition files, in the configured order: <see cref="DefinitionPaths"/> when
    /// set, else the one <see cref="DefinitionPath"/> (or the default).</summary>
    public IReadOnlyList<string> ResolvedDefinitionPaths =>
        DefinitionPaths.Any(path => !string.IsNullOrWhiteSpace(path))
            ? [.. DefinitionPaths.Where(path => !string.IsNullOrWhiteSpace(path)).Select(path => Path.GetFullPath(path, AppContext.BaseDirectory))]
            : [Path.GetFullPath(string.IsNullOrWhiteSpace(DefinitionPath) ? DefaultDefinitionPath : DefinitionPath, AppContext.BaseDirectory)];
}
