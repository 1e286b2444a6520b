using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// The reason keys each criterion's <c>reasons</c> object must have, one for each verdict its rule can give. The loader
/// checks a definition against this table, so a rule never asks for a reason the definition lacks.
/// </summary>
internal static class ReasonKeys
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    public const string Unknown = "unknown";

    public const string AgeJustUnder = "age-just-under";
    public const string AgeAtUpperLimit = "age-at-upper-limit";

    public const string ScoreBelow = "score-below";

    public const string HistoryShort = "history-short";
    public const string HistoryUnknown = "history-unknown";
    public const string NotActive = "not-active";
    public const string ActivityUnknown = "activity-unknown";
    public const string NoStandardRegimen = "no-standard-regimen";
    public const string RegimenUnknown = "regimen-unknown";
    public const string DoseHigh = "dose-high";
    public const string DoseLow = "dose-low";
    public const string DoseUnknown = "dose-unknown";
    public const string DoseContested = "dose-contested";
    public const string DoseNotOral = "dose-not-oral";
    public const string DoseLowWithAntimalarial = "dose-low-with-antimalarial";
    public const string SteroidShort = "steroid-short";
    public const string SteroidDurationUnknown = "steroid-duration-unknown";
    public const string DoseNotStable = "dose-not-stable";
    public const string StabilityUnknown = "stability-unknown";

    public const string ProteinuriaHigh = "proteinuria-high";
    public const string ProteinuriaUnknown = "proteinuria-unknown";
    public const string CreatinineHigh = "creatinine-high";
    public const string CreatinineUnknown = "creatinine-unknown";
    public const string Dialysis = "dialysis";
    public const string DialysisUnknown = "dialysis-unknown";
    public const string HighDose = "high-dose";
    public const string HighDoseUnknown = "high-dose-unknown";
    public const string HighDoseCourseUnknown = "high-dose-course-unknown";

    private static readonly IReadOnlyList<string> PassFailUnknown = [Pass, Fail, Unknown];
    private static readonly IReadOnlyList<string> None = [];

    /// <summary>The reason keys criterion <paramref name="criterionId"/> must define.</summary>
    public static IReadOnlyList<string> For(string criterionId) => criterionId switch
    {
        CriterionIds.I2 => [Pass, Fail, Unknown, AgeJustUnder, AgeAtUpperLimit],
        CriterionIds.I6 => [Pass, Unknown, ScoreBelow],
        CriterionIds.I4 =>
        [
            Pass, HistoryShort, HistoryUnknown, NotActive, ActivityUnknown, NoStandardRegimen, RegimenUnknown, DoseHigh, DoseLow,
            DoseUnknown, DoseContested, DoseNotOral, DoseLowWithAntimalarial, SteroidShort, SteroidDurationUnknown, DoseNotStable, StabilityUnknown,
        ],
        CriterionIds.E1 =>
        [
            Pass, ProteinuriaHigh, ProteinuriaUnknown, CreatinineHigh, CreatinineUnknown, Dialysis, DialysisUnknown, HighDose, HighDoseUnknown,
            HighDoseCourseUnknown,
        ],
        _ => PassFailUnknown,
    };

    /// <summary>The placeholders the rule fills in the reason <paramref name="reasonKey"/> (the person's own value), which its texts must carry.</summary>
    public static IReadOnlyList<string> RuntimePlaceholders(string reasonKey) => reasonKey switch
    {
        AgeJustUnder or AgeAtUpperLimit => ["age"],
        ScoreBelow => ["score"],
        DoseNotOral or HighDoseCourseUnknown => ["dose"],
        _ => None,
    };
}
