namespace TrialBot.Screening.Scoring;

/// <summary>A criterion's verdict. JSON: <c>pass</c>, <c>fail</c>, <c>unknown</c>.</summary>
public enum CriterionStatus
{
    /// <summary>The answers meet the criterion (for an exclusion: the person is not excluded by it).</summary>
    Pass = 0,

    /// <summary>The answers do not meet the criterion (for an exclusion: the person is excluded by it).</summary>
    Fail = 1,

    /// <summary>Not known from the answers.</summary>
    Unknown = 2,
}
