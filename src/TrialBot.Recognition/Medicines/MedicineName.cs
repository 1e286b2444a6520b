using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>What a name in an answer stands for: a medicine of the catalog, a whole class, or a medicine of no known class.</summary>
/// <param name="Medicine">The medicine, or null for a class word.</param>
/// <param name="Class">The class, or null for a word of no known class ("painkillers").</param>
internal readonly record struct MedicineName(Medicine? Medicine, MedicineClass? Class);
