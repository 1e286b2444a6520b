using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>Reads every criterion's <c>thresholds</c> object into <see cref="TrialThresholds"/>, checking names and types.</summary>
internal static class ThresholdsReader
{
    /// <summary>The thresholds of <paramref name="criteria"/> (criterion nodes by id; every id present).</summary>
    public static TrialThresholds Read(IReadOnlyDictionary<string, DefinitionNode> criteria)
    {
        foreach (var id in new[] { CriterionIds.I1, CriterionIds.I3, CriterionIds.I5, CriterionIds.E2, CriterionIds.E3, CriterionIds.E4, CriterionIds.E5 })
        {
            ThresholdObject.RequireNone(criteria[id]);
        }

        return new TrialThresholds(
            ReadAge(new ThresholdObject(criteria[CriterionIds.I2], CriterionIds.I2, "ageAtLeastYears", "ageAtMostYears", "ageCountedAtSigning")),
            ReadRegimen(new ThresholdObject(
                criteria[CriterionIds.I4],
                CriterionIds.I4,
                "historyAtLeastMonths",
                "activeAtLeastMonths",
                "doseAtLeastMgPerDay",
                "doseAtMostMgPerDay",
                "noMinimumDoseWithImmunosuppressant",
                "treatedAtLeastWeeks",
                "stableMoreThanWeeks",
                "contestedEquivalenceMargin")),
            ReadSledai(new ThresholdObject(criteria[CriterionIds.I6], CriterionIds.I6, "scoreAtLeast", "clinicalScoreAtLeastWhenSerologyScored")),
            ReadNephritis(new ThresholdObject(
                criteria[CriterionIds.E1],
                CriterionIds.E1,
                "proteinuriaMoreThanGramsPer24h",
                "creatinineMoreThanMgPerDl",
                "creatinineMoreThanMicromolPerLitre",
                "highDosePrednisoneAtLeastMgPerDay",
                "highDoseAtLeastDays",
                "highDoseWithinWeeks")),
            new IgALimits(SerumIgA.FromMgPerDl(new ThresholdObject(criteria[CriterionIds.E6], CriterionIds.E6, "lessThanMgPerDl").Number("lessThanMgPerDl"))));
    }

    private static AgeLimits ReadAge(ThresholdObject thresholds)
    {
        var limits = new AgeLimits(thresholds.Number("ageAtLeastYears"), thresholds.Number("ageAtMostYears"), thresholds.Flag("ageCountedAtSigning"));
        thresholds.Require(limits.AtLeastYears <= limits.AtMostYears, "ageAtMostYears", "the oldest age is below the youngest.");
        return limits;
    }

    private static RegimenLimits ReadRegimen(ThresholdObject thresholds)
    {
        var limits = new RegimenLimits(
            Duration.FromMonths(thresholds.Number("historyAtLeastMonths")),
            Duration.FromMonths(thresholds.Number("activeAtLeastMonths")),
            DailyDose.FromMgPerDay(thresholds.Number("doseAtLeastMgPerDay")),
            DailyDose.FromMgPerDay(thresholds.Number("doseAtMostMgPerDay")),
            thresholds.Flag("noMinimumDoseWithImmunosuppressant"),
            Duration.FromWeeks(thresholds.Number("treatedAtLeastWeeks")),
            Duration.FromWeeks(thresholds.Number("stableMoreThanWeeks")),
            thresholds.Fraction("contestedEquivalenceMargin"));
        thresholds.Require(limits.DoseAtLeast.MgPerDay <= limits.DoseAtMost.MgPerDay, "doseAtMostMgPerDay", "the highest dose is below the lowest.");
        return limits;
    }

    private static SledaiLimits ReadSledai(ThresholdObject thresholds) =>
        new(thresholds.Number("scoreAtLeast"), thresholds.Number("clinicalScoreAtLeastWhenSerologyScored"));

    private static NephritisLimits ReadNephritis(ThresholdObject thresholds) => new(
        Proteinuria.FromGramsPer24Hours(thresholds.Number("proteinuriaMoreThanGramsPer24h")),
        SerumCreatinine.FromMgPerDl(thresholds.Number("creatinineMoreThanMgPerDl")),
        SerumCreatinine.FromMicromolPerLitre(thresholds.Number("creatinineMoreThanMicromolPerLitre")),
        DailyDose.FromMgPerDay(thresholds.Number("highDosePrednisoneAtLeastMgPerDay")),
        Duration.FromDays(thresholds.Number("highDoseAtLeastDays")),
        Duration.FromWeeks(thresholds.Number("highDoseWithinWeeks")));
}
