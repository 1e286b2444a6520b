namespace TrialBot.Screening.Medicines;

/// <summary>
/// The ids of class-level medicine entries: a person who names only a class ("steroids", 激素, "immunosuppressants")
/// takes some medicine of that class, which is recorded as the class itself so that the follow-up questions of the
/// class are asked (which steroid, how much). These ids are never in the medicines file.
/// </summary>
public static class MedicineClassIds
{
    /// <summary>Some corticosteroid.</summary>
    public const string Corticosteroid = "corticosteroid";

    /// <summary>Some immunosuppressant or immunomodulator.</summary>
    public const string Immunosuppressant = "immunosuppressant";

    /// <summary>Some antimalarial.</summary>
    public const string Antimalarial = "antimalarial";

    /// <summary>Some NSAID.</summary>
    public const string Nsaid = "nsaid";

    /// <summary>The class-level id of <paramref name="medicineClass"/>, or null for <see cref="MedicineClass.Other"/>.</summary>
    public static string? Of(MedicineClass medicineClass) => medicineClass switch
    {
        MedicineClass.Corticosteroid => Corticosteroid,
        MedicineClass.Immunosuppressant => Immunosuppressant,
        MedicineClass.Antimalarial => Antimalarial,
        MedicineClass.Nsaid => Nsaid,
        _ => null,
    };

    /// <summary>True when <paramref name="id"/> is a class-level id.</summary>
    public static bool IsClass(string id) => id is Corticosteroid or Immunosuppressant or Antimalarial or Nsaid;
}
