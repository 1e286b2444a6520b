namespace TrialBot.Screening.Quantities;

/// <summary>Protein lost in the urine over 24 hours, held in grams per 24 hours.</summary>
/// <param name="GramsPer24Hours">Grams per 24 hours.</param>
public readonly record struct Proteinuria(double GramsPer24Hours)
{
    /// <summary>A value given in g/24h.</summary>
    public static Proteinuria FromGramsPer24Hours(double value) => new(Quantity.RequireNonNegative(value, nameof(value)));

    /// <summary>A value given in mg/24h (1 g = 1000 mg).</summary>
    public static Proteinuria FromMilligramsPer24Hours(double value) => new(Quantity.RequireNonNegative(value, nameof(value)) / 1000);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{GramsPer24Hours:0.##} g/24h");
}
