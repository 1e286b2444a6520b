namespace TrialBot.Screening.Quantities;

/// <summary>Serum creatinine, held in mg/dL.</summary>
/// <param name="MgPerDl">Milligrams per decilitre.</param>
public readonly record struct SerumCreatinine(double MgPerDl)
{
    /// <summary>
    /// µmol/L per mg/dL: creatinine's molar mass is 113.12 g/mol, so 1 mg/dL = 10 mg/L = 88.4 µmol/L.
    /// The listing's own pair (2.5 mg/dL or 221 μmol/L) uses this factor.
    /// </summary>
    public const double MicromolPerLitrePerMgPerDl = 88.4;

    /// <summary>The value in µmol/L.</summary>
    public double MicromolPerLitre => MgPerDl * MicromolPerLitrePerMgPerDl;

    /// <summary>A value given in mg/dL.</summary>
    public static SerumCreatinine FromMgPerDl(double value) => new(Quantity.RequireNonNegative(value, nameof(value)));

    /// <summary>A value given in µmol/L.</summary>
    public static SerumCreatinine FromMicromolPerLitre(double value) =>
        new(Quantity.RequireNonNegative(value, nameof(value)) / MicromolPerLitrePerMgPerDl);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{MgPerDl:0.##} mg/dL ({MicromolPerLitre:0} µmol/L)");
}
