namespace TrialBot.Screening.Definition;

/// <summary>Whether meeting a criterion lets a person in or keeps them out.</summary>
public enum CriterionKind
{
    /// <summary>An inclusion criterion: it must be met.</summary>
    Inclusion = 0,

    /// <summary>An exclusion criterion: it must not be met.</summary>
    Exclusion = 1,
}
