using TrialBot.Screening.Definition;
using TrialBot.Screening.Definition.Loading;

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

    /// <summary>Loads and validates the medicines file at <paramref name="path"/>.</summary>
    /// <exception cref="TrialDefinitionException">The file is missing or a field is wrong; the message names the field.</exception>
    public static MedicineCatalog Load(string path) => MedicinesReader.Read(path);

    /// <summary>Every medicine, in file order.</summary>
    public IReadOnlyList<Medicine> All { get; }

    /// <summary>The medicine with <paramref name="id"/>, or null.</summary>
    public Medicine? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.GetValueOrDefault(id);
    }
}
