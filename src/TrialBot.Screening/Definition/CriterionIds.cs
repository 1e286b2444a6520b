namespace TrialBot.Screening.Definition;

/// <summary>The criterion ids, numbered as in the listing: inclusion I1–I6, exclusion E1–E6.</summary>
public static class CriterionIds
{
    /// <summary>Informed consent.</summary>
    public const string I1 = "I1";

    /// <summary>Age.</summary>
    public const string I2 = "I2";

    /// <summary>SLE diagnosis (ACR 1997).</summary>
    public const string I3 = "I3";

    /// <summary>SLE history, activity and standard regimen, with the oral corticosteroid requirements.</summary>
    public const string I4 = "I4";

    /// <summary>Positive ANA, anti-dsDNA or anti-Sm antibodies.</summary>
    public const string I5 = "I5";

    /// <summary>SELENA-SLEDAI score.</summary>
    public const string I6 = "I6";

    /// <summary>Severe lupus nephritis, hemodialysis or very high corticosteroid doses.</summary>
    public const string E1 = "E1";

    /// <summary>Other lupus crises.</summary>
    public const string E2 = "E2";

    /// <summary>Central nervous system diseases not caused by lupus.</summary>
    public const string E3 = "E3";

    /// <summary>Other autoimmune diseases needing systemic treatment.</summary>
    public const string E4 = "E4";

    /// <summary>Major organ or hematopoietic stem cell transplant.</summary>
    public const string E5 = "E5";

    /// <summary>IgA deficiency.</summary>
    public const string E6 = "E6";

    /// <summary>Every criterion id in listing order.</summary>
    public static IReadOnlyList<string> All { get; } = [I1, I2, I3, I4, I5, I6, E1, E2, E3, E4, E5, E6];
}
