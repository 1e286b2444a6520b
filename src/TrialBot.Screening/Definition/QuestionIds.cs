namespace TrialBot.Screening.Definition;

/// <summary>The question ids of the screening contract: the keys of <see cref="Answers.ScreeningAnswers"/>.</summary>
public static class QuestionIds
{
    /// <summary>Agreement to continue and, to join, to sign the consent form (I1).</summary>
    public const string Consent = "consent";

    /// <summary>Age in years (I2).</summary>
    public const string Age = "age";

    /// <summary>Whether a doctor diagnosed SLE (I3).</summary>
    public const string Diagnosis = "diagnosis";

    /// <summary>Time since the SLE diagnosis (I4).</summary>
    public const string DiagnosisDuration = "diagnosis-duration";

    /// <summary>Whether the disease stayed active despite a stable standard regimen (I4).</summary>
    public const string DiseaseActive = "disease-active";

    /// <summary>The lupus medicines taken (I4).</summary>
    public const string Treatment = "treatment";

    /// <summary>The daily corticosteroid dose (I4).</summary>
    public const string SteroidDose = "steroid-dose";

    /// <summary>How long the corticosteroid has been taken (I4).</summary>
    public const string SteroidDuration = "steroid-duration";

    /// <summary>How long the corticosteroid dose has been unchanged (I4).</summary>
    public const string SteroidStable = "steroid-stable";

    /// <summary>Whether ANA, anti-dsDNA or anti-Sm antibodies were positive (I5).</summary>
    public const string Antibodies = "antibodies";

    /// <summary>The SELENA-SLEDAI score (I6).</summary>
    public const string Sledai = "sledai";

    /// <summary>Whether lupus affects the kidneys (gates the kidney.* questions).</summary>
    public const string Kidney = "kidney";

    /// <summary>24-hour urine protein (E1).</summary>
    public const string KidneyProteinuria = "kidney.proteinuria";

    /// <summary>Serum creatinine (E1).</summary>
    public const string KidneyCreatinine = "kidney.creatinine";

    /// <summary>Hemodialysis (E1).</summary>
    public const string KidneyDialysis = "kidney.dialysis";

    /// <summary>Very high corticosteroid doses in the last weeks (E1).</summary>
    public const string HighDoseSteroids = "high-dose-steroids";

    /// <summary>An active lupus crisis before screening (E2).</summary>
    public const string LupusCrisis = "lupus-crisis";

    /// <summary>A central nervous system (brain or spinal cord) disease not caused by lupus (E3).</summary>
    public const string Cns = "cns";

    /// <summary>Another autoimmune disease needing systemic treatment (E4).</summary>
    public const string OtherAutoimmune = "other-autoimmune";

    /// <summary>A major organ or stem cell transplant (E5).</summary>
    public const string Transplant = "transplant";

    /// <summary>Serum IgA (E6).</summary>
    public const string Iga = "iga";

    /// <summary>Where the person lives (site routing; no criterion).</summary>
    public const string Location = "location";

    /// <summary>Every contract id; a definition has exactly these questions.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Consent, Age, Diagnosis, DiagnosisDuration, DiseaseActive, Treatment, SteroidDose, SteroidDuration, SteroidStable,
        Antibodies, Sledai, Kidney, KidneyProteinuria, KidneyCreatinine, KidneyDialysis, HighDoseSteroids, LupusCrisis,
        Cns, OtherAutoimmune, Transplant, Iga, Location,
    ];
}
