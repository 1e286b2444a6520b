using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Answers;

/// <summary>The medicines a person named, each taken now, stopped or planned; none named means "none".</summary>
public sealed record MedicinesAnswer : Answer
{
    /// <summary>The medicines named, each once (the first mention of an id is kept).</summary>
    public MedicinesAnswer(IEnumerable<MedicineTaken> medicines)
    {
        ArgumentNullException.ThrowIfNull(medicines);
        Medicines = medicines.DistinctBy(medicine => medicine.Id).ToList();
        Current = Medicines.Where(medicine => medicine.IsCurrent).ToList();
        NotPlanned = Medicines.Where(medicine => medicine.Status != MedicineStatus.Planned).ToList();
        Uncertain = Medicines.Where(medicine => medicine.Status == MedicineStatus.Uncertain).ToList();
    }

    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Medicines;

    /// <summary>The medicines named (taken now, stopped or planned); empty for "none".</summary>
    public IReadOnlyList<MedicineTaken> Medicines { get; }

    /// <summary>The medicines taken now: only these count for "is X taken" (found once; every rule asks for them).</summary>
    public IReadOnlyList<MedicineTaken> Current { get; }

    /// <summary>The medicines taken now, stopped, or not known to be taken, not the planned ones (as the person sees them).</summary>
    public IReadOnlyList<MedicineTaken> NotPlanned { get; }

    /// <summary>The medicines named that the person does not know are taken now: they leave a rule they would decide unknown.</summary>
    public IReadOnlyList<MedicineTaken> Uncertain { get; }

    /// <summary>The <paramref name="medicines"/>, each taken now.</summary>
    public static MedicinesAnswer Of(IEnumerable<Medicine> medicines)
    {
        ArgumentNullException.ThrowIfNull(medicines);
        return new(medicines.Select(medicine => new MedicineTaken(medicine.Id, medicine.Class)));
    }

    /// <summary>The <paramref name="medicines"/> as named, each taken now, stopped or planned.</summary>
    public static MedicinesAnswer Of(IEnumerable<MedicineTaken> medicines) => new(medicines);

    /// <inheritdoc />
    public bool Equals(MedicinesAnswer? other) => other is not null && Medicines.SequenceEqual(other.Medicines);

    /// <inheritdoc />
    public override int GetHashCode() => Medicines.Aggregate(Kind.GetHashCode(), (hash, medicine) => HashCode.Combine(hash, medicine));
}
