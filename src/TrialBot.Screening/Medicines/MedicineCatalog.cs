namespace TrialBot.Screening.Medicines;

/// <summary>The medicines a trial definition knows, by id (loaded from the definition's medicines file).</summary>
public sealed class MedicineCatalog
{
    private readonly Dictionary<string, Medicine> byId;

    /// <summary>A catalog of <paramref name="medicines"/>; ids must be unique.</summary>
    public MedicineCatalog(IEnumerable<Medicine> medicines)
    {
        ArgumentNullException.ThrowIfNull(medicines);
        All = medicines.ToList();
        byId = All.ToDictionary(medicine => medicine.Id, StringComparer.Ordinal);
    }

    /// <summary>Every medicine, in file order.</summary>
    public IReadOnlyList<Medicine> All { get; }

    /// <summary>The medicine with <paramref name="id"/>, or null.</summary>
    public Medicine? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.GetValueOrDefault(id);
    }
}
