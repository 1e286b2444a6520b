using TrialBot.Recognition.Places;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Outcomes;

/// <summary>The sites to name to a person: the one nearest the city they named, or every site when the place was not recognised (or abroad).</summary>
internal sealed class SiteSelection
{
    private readonly SiteDirectory directory;
    private readonly string? locationQuestionId;

    /// <summary>Initializes a new instance of the <see cref="SiteSelection"/> class.</summary>
    /// <param name="directory">The trial's sites, with the contacts configured.</param>
    /// <param name="locationQuestionId">The question that asks where the person lives (a location answer), or null when the trial asks none.</param>
    public SiteSelection(SiteDirectory directory, string? locationQuestionId)
    {
        ArgumentNullException.ThrowIfNull(directory);
        this.directory = directory;
        this.locationQuestionId = locationQuestionId;
    }

    /// <summary>Returns the sites for the place answered.</summary>
    /// <param name="answers">The answers.</param>
    /// <returns>The nearest site, or every site.</returns>
    public IReadOnlyList<TrialSite> For(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var cityId = locationQuestionId is null ? null : (answers.Get(locationQuestionId) as LocationAnswer)?.CityId;
        return directory.Nearest(cityId is null ? null : CityDirectory.BuiltIn.Get(cityId)?.Location);
    }
}
