using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Sites;

/// <summary>A hospital where the trial runs.</summary>
/// <param name="Id">Stable id (<c>wuhan-union</c>).</param>
/// <param name="Name">The hospital's English and Chinese names.</param>
/// <param name="City">The city's English and Chinese names.</param>
/// <param name="Location">The city's coordinates, for distances.</param>
/// <param name="PrincipalInvestigators">The principal investigators as the listing names them.</param>
/// <param name="Contact">The study team's contact; empty until configuration fills it.</param>
/// <param name="Source">Where the listing names this site, in plain words for the person (the listing's locations
/// field, or only an investigator's affiliation); shown with the site.</param>
/// <param name="Note">For coordinators: where the site comes from in the listing and what to check before relying on it.</param>
public sealed record TrialSite(
    string Id,
    LocalizedText Name,
    LocalizedText City,
    GeoPoint Location,
    IReadOnlyList<string> PrincipalInvestigators,
    SiteContact Contact,
    LocalizedText Source,
    string Note);
