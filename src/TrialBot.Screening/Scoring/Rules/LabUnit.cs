using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>The units a lab limit can be given in, and which answer kinds can be read in each.</summary>
internal static class LabUnit
{
    /// <summary>Grams of protein in 24 hours of urine.</summary>
    public const string GramsPer24Hours = "g-per-24h";

    /// <summary>Milligrams per decilitre (serum creatinine, IgA).</summary>
    public const string MgPerDl = "mg-per-dl";

    /// <summary>Micromoles per litre (serum creatinine).</summary>
    public const string MicromolPerLitre = "micromol-per-l";

    /// <summary>Every unit.</summary>
    public static IReadOnlyList<string> All { get; } = [GramsPer24Hours, MgPerDl, MicromolPerLitre];

    /// <summary>True when an answer of <paramref name="kind"/> can be read in <paramref name="unit"/>.</summary>
    public static bool Reads(AnswerKind kind, string unit) => (kind, unit) switch
    {
        (AnswerKind.Proteinuria, GramsPer24Hours) => true,
        (AnswerKind.Creatinine, MgPerDl or MicromolPerLitre) => true,
        (AnswerKind.Iga, MgPerDl) => true,
        _ => false,
    };

    /// <summary>The lab value of <paramref name="answer"/> in <paramref name="unit"/>, or null.</summary>
    public static double? Read(Answer answer, string unit) => (answer, unit) switch
    {
        (ProteinuriaAnswer proteinuria, GramsPer24Hours) => proteinuria.Protein.GramsPer24Hours,
        (CreatinineAnswer creatinine, MgPerDl) => creatinine.Creatinine.MgPerDl,
        (CreatinineAnswer creatinine, MicromolPerLitre) => creatinine.Creatinine.MicromolPerLitre,
        (IgaAnswer iga, MgPerDl) => iga.IgA.MgPerDl,
        _ => null,
    };

    /// <summary>The upper end of a lab value said as a range (<see cref="CreatinineAnswer.UpTo"/>…) in <paramref name="unit"/>,
    /// or null.</summary>
    public static double? ReadUpTo(Answer answer, string unit) => (answer, unit) switch
    {
        (ProteinuriaAnswer { UpTo: { } protein }, GramsPer24Hours) => protein.GramsPer24Hours,
        (CreatinineAnswer { UpTo: { } creatinine }, MgPerDl) => creatinine.MgPerDl,
        (CreatinineAnswer { UpTo: { } creatinine }, MicromolPerLitre) => creatinine.MicromolPerLitre,
        (IgaAnswer { UpTo: { } iga }, MgPerDl) => iga.MgPerDl,
        _ => null,
    };
}
