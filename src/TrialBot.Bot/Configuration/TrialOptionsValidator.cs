using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Configuration;

/// <summary>
/// Checks at start-up that the trial definition (or each of <c>Trial:DefinitionPaths</c>, and that they fit together) loads and that the site contacts name its sites, so that a broken file
/// stops the start with the loader's message (file, JSON path, what is wrong) instead of failing the first conversation.
/// </summary>
internal sealed class TrialOptionsValidator : IValidateOptions<TrialOptions>
{
    private readonly IConfiguration configuration;

    /// <summary>Initializes a new instance of the <see cref="TrialOptionsValidator"/> class.</summary>
    /// <param name="configuration">The configuration holding the <c>Sites</c> section.</param>
    public TrialOptionsValidator(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        this.configuration = configuration;
    }

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, TrialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.DefinitionPath) && options.DefinitionPaths.Any(path => !string.IsNullOrWhiteSpace(path)))
        {
            return ValidateOptionsResult.Fail($"{TrialOptions.SectionName}: set {nameof(TrialOptions.DefinitionPath)} (one trial) or {nameof(TrialOptions.DefinitionPaths)} (several), not both.");
        }

        try
        {
            TrialSetup.Load(options, configuration);
            return ValidateOptionsResult.Success;
        }
        catch (TrialDefinitionException exception)
        {
            return ValidateOptionsResult.Fail(options.ResolvedDefinitionPaths.Count == 1
                ? $"{TrialOptions.SectionName}:{nameof(TrialOptions.DefinitionPath)} ({options.ResolvedDefinitionPath}): {exception.Message}"
                : $"{TrialOptions.SectionName}:{nameof(TrialOptions.DefinitionPaths)} ({string.Join(", ", options.ResolvedDefinitionPaths)}): {exception.Message}");
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"{TrialOptions.SitesSectionName}: {exception.Message}");
        }
    }
}
