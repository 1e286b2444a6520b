// The first trial's ids, shared by the test projects that name them. Product code under src/ and dialogs/ names no
// trial's ids (a test checks it); the namespace is the one these classes had there, so the tests read as before.
#pragma warning disable IDE0130
namespace TrialBot.Screening.Definition;

/// <summary>The criterion ids of trials/NCT05765006.json, numbered as in the listing (inclusion I1–I6, exclusion E1–E6), for tests.</summary>
internal static class CriterionIds
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

/// <summary>The question ids of trials/NCT05765006.json, for tests (the product reads every id from the trial file).</summary>
internal static class QuestionIds
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

    /// <summary>Every question id of the trial, in the order of this list.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Consent, Age, Diagnosis, DiagnosisDuration, DiseaseActive, Treatment, SteroidDose, SteroidDuration, SteroidStable,
        Antibodies, Sledai, Kidney, KidneyProteinuria, KidneyCreatinine, KidneyDialysis, HighDoseSteroids, LupusCrisis,
        Cns, OtherAutoimmune, Transplant, Iga, Location,
    ];
}
