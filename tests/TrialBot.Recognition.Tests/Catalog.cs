using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Tests;

/// <summary>The real medicine catalog (trials/medicines.json), copied next to the tests.</summary>
internal static class Catalog
{
    private static readonly Lazy<IReadOnlyList<Medicine>> Medicines =
        new(() => MedicineCatalog.Load(Path.Combine(AppContext.BaseDirectory, "trials", "medicines.json")).All);

    public static IReadOnlyList<Medicine> All => Medicines.Value;

    public static Medicine Get(string id) => All.Single(m => m.Id == id);
}
