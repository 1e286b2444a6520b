using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Configuration;

/// <summary>
/// Checks at start-up that the trial definition loads and that the site contacts name its sites, so that a broken file
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
        try
        {
            TrialSetup.Load(options, configuration);
            return ValidateOptionsResult.Success;
        }
        catch (TrialDefinitionException exception)
        {
            return ValidateOptionsResult.Fail($"{TrialOptions.SectionName}:{nameof(TrialOptions.DefinitionPath)} ({options.ResolvedDefinitionPath}): {exception.Message}");
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"{TrialOptions.SitesSectionName}: {exception.Message}");
        }
    }
}
