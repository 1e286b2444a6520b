namespace TrialBot.Screening.Answers;

/// <summary>
/// What kind of answer a question takes, and so which <see cref="Answer"/> type answers it. In JSON the kinds are
/// written in kebab case (<c>yes-no</c>, <c>elapsed-time</c>, …). The numbers are part of the stored shape: never reorder.
/// </summary>
public enum AnswerKind
{
    /// <summary>Yes or no.</summary>
    YesNo = 0,

    /// <summary>An age in years.</summary>
    Age = 1,

    /// <summary>A length of time up to now, in days.</summary>
    ElapsedTime = 2,

    /// <summary>A list of medicines with their classes.</summary>
    Medicines = 3,

    /// <summary>A corticosteroid dose as prednisone-equivalent mg/day, with the medicine it was given as.</summary>
    Dose = 4,

    /// <summary>A plain number (a score).</summary>
    Number = 5,

    /// <summary>Serum creatinine in mg/dL.</summary>
    Creatinine = 6,

    /// <summary>Urine protein in g/24h.</summary>
    Proteinuria = 7,

    /// <summary>Serum immunoglobulin A in mg/dL.</summary>
    Iga = 8,

    /// <summary>Where the person lives: their words and, when recognised, a city id.</summary>
    Location = 9,
}
