namespace TrialBot.Recognition.Labs;

/// <summary>The units a lab value may be given in, as far as this library tells them apart.</summary>
internal enum LabUnit
{
    /// <summary>No unit follows the number.</summary>
    None = 0,

    /// <summary>mg/dL (creatinine, IgA).</summary>
    MilligramsPerDecilitre,

    /// <summary>µmol/L (creatinine).</summary>
    MicromolesPerLitre,

    /// <summary>mmol/L (creatinine, as a few labs print it: a thousand µmol/L).</summary>
    MillimolesPerLitre,

    /// <summary>g/L (IgA).</summary>
    GramsPerLitre,

    /// <summary>g/24 h, g per day (proteinuria).</summary>
    GramsPer24Hours,

    /// <summary>mg/24 h, mg per day (proteinuria).</summary>
    MilligramsPer24Hours,

    /// <summary>mg/L (IgA, creatinine: a tenth of mg/dL).</summary>
    MilligramsPerLitre,

    /// <summary>Grams with no denominator ("around 2 grams", 2克): g/24 h on the 24-hour urine question.</summary>
    GramsOnly,

    /// <summary>Milligrams with no denominator ("500 mg", 1500毫克): mg/24 h on the 24-hour urine question.</summary>
    MilligramsOnly,

    /// <summary>Micromoles with no denominator ("150 umol", 200微摩尔): µmol/L for serum creatinine, the only such unit.</summary>
    MicromolesOnly,

    /// <summary>A mass or an amount without its denominator ("2.6 mg", "3 g", "240 µmol"): the unit is incomplete.</summary>
    Incomplete,

    /// <summary>Some other unit ("mg/mmol", "g/g", "%"): recognised as a unit, not accepted.</summary>
    Other,
}
