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
    private readonly CityDirectory cities;

    /// <summary>Initializes a new instance of the <see cref="SiteSelection"/> class.</summary>
    /// <param name="directory">The trial's sites, with the contacts configured.</param>
    /// <param name="locationQuestionId">The question that asks where the person lives (a location answer), or null when the trial asks none.</param>
    /// <param name="cities">The cities a location answer names, with their coordinates.</param>
    public SiteSelection(SiteDirectory directory, string? locationQuestionId, CityDirectory cities)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(cities);
        this.directory = directory;
        this.locationQuestionId = locationQuestionId;
        this.cities = cities;
    }

    /// <summary>Returns the sites for the place answered.</summary>
    /// <param name="answers">The answers.</param>
    /// <returns>The nearest site, or every site.</returns>
    public IReadOnlyList<TrialSite> For(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var cityId = locationQuestionId is null ? null : (answers.Get(locationQuestionId) as LocationAnswer)?.CityId;
        return directory.Nearest(cityId is null ? null : cities.Get(cityId)?.Location);
    }
}
