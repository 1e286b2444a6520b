using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Medicines;

/// <summary>
/// Converts a corticosteroid dose to the prednisone dose of the same glucocorticoid effect, using the medicine's
/// "equivalent to prednisone 5 mg" figure (standard equivalence tables: prednisolone 5, methylprednisolone 4,
/// triamcinolone 4, dexamethasone 0.75, betamethasone 0.6, hydrocortisone 20, cortisone 25, deflazacort 6 (contested)).
/// The listing's thresholds are in "prednisone (or equivalent)" mg/day.
/// </summary>
public static class PrednisoneEquivalent
{
    private const double PrednisoneReferenceMg = 5;

    /// <summary>The prednisone-equivalent daily dose of <paramref name="dose"/> of <paramref name="medicine"/>.</summary>
    /// <exception cref="ArgumentException">The medicine has no prednisone equivalence (it is not a corticosteroid).</exception>
    public static DailyDose Of(Medicine medicine, DailyDose dose)
    {
        ArgumentNullException.ThrowIfNull(medicine);
        if (medicine.EquivalentToPrednisone5Mg is not { } equivalentMg || equivalentMg <= 0)
        {
            throw new ArgumentException($"Medicine '{medicine.Id}' has no prednisone equivalence.", nameof(medicine));
        }

        return DailyDose.FromMgPerDay(dose.MgPerDay * PrednisoneReferenceMg / equivalentMg);
    }

    /// <summary>The daily dose of <paramref name="medicine"/> itself that a prednisone-equivalent stands for (the
    /// converse of <see cref="Of"/>), or null when its milligrams are prednisone's (prednisone, prednisolone) or it has no
    /// equivalence.</summary>
    /// <param name="medicine">The corticosteroid.</param>
    /// <param name="prednisoneEquivalent">The prednisone-equivalent daily dose.</param>
    /// <returns>The medicine's own daily dose, or null.</returns>
    public static DailyDose? OwnDose(Medicine medicine, DailyDose prednisoneEquivalent)
    {
        ArgumentNullException.ThrowIfNull(medicine);
        return medicine.EquivalentToPrednisone5Mg is { } equivalentMg && equivalentMg > 0 && Math.Abs(equivalentMg - PrednisoneReferenceMg) > 1e-9
            ? DailyDose.FromMgPerDay(prednisoneEquivalent.MgPerDay * equivalentMg / PrednisoneReferenceMg)
            : null;
    }
}
