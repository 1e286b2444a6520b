namespace TrialBot.Screening.Quantities;

/// <summary>Serum immunoglobulin A, held in mg/dL.</summary>
/// <param name="MgPerDl">Milligrams per decilitre.</param>
public readonly record struct SerumIgA(double MgPerDl)
{
    /// <summary>mg/dL per g/L: 1 g/L = 1000 mg per 10 dL = 100 mg/dL.</summary>
    public const double MgPerDlPerGramPerLitre = 100;

    /// <summary>The value in g/L.</summary>
    public double GramsPerLitre => MgPerDl / MgPerDlPerGramPerLitre;

    /// <summary>A value given in mg/dL.</summary>
    public static SerumIgA FromMgPerDl(double value) => new(Quantity.RequireNonNegative(value, nameof(value)));

    /// <summary>A value given in g/L.</summary>
    public static SerumIgA FromGramsPerLitre(double value) => new(Quantity.RequireNonNegative(value, nameof(value)) * MgPerDlPerGramPerLitre);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{MgPerDl:0.##} mg/dL ({GramsPerLitre:0.###} g/L)");
}
