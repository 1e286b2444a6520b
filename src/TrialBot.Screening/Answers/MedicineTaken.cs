using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Answers;

/// <summary>One medicine a person takes, as stored in an answer: its id and its regimen class.</summary>
/// <param name="Id">The medicine id from the medicines file.</param>
/// <param name="Class">The medicine's regimen class, kept with the answer so scoring needs no look-up.</param>
public sealed record MedicineTaken(string Id, MedicineClass Class);
