using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Medicines;

/// <summary>How a class-level medicine entry (<see cref="MedicineClassIds"/>) is shown in a summary of answers.</summary>
public static class MedicineClassNames
{
    private static readonly Dictionary<string, LocalizedText> Names = new(StringComparer.Ordinal)
    {
        [MedicineClassIds.Corticosteroid] = new("a steroid (name not given)", "激素（未说明药名）"),
        [MedicineClassIds.Immunosuppressant] = new("an immunosuppressant (name not given)", "免疫抑制剂（未说明药名）"),
        [MedicineClassIds.Antimalarial] = new("an antimalarial (name not given)", "抗疟药（未说明药名）"),
        [MedicineClassIds.Nsaid] = new("an anti-inflammatory painkiller (name not given)", "非甾体抗炎药（未说明药名）"),
    };

    /// <summary>The name of the class-level entry <paramref name="classId"/>.</summary>
    public static LocalizedText Of(string classId)
    {
        ArgumentNullException.ThrowIfNull(classId);
        return Names.TryGetValue(classId, out var name) ? name : new LocalizedText(classId, classId);
    }
}
