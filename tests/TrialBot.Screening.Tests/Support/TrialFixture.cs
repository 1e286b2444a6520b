using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Tests.Support;

/// <summary>The real NCT05765006 definition (with the tests' medicines file), loaded once.</summary>
internal static class TrialFixture
{
    private static readonly Lazy<TrialDefinition> LoadedDefinition = new(() => TrialDefinitionLoader.Load(DefinitionPath));

    public static string DefinitionPath => Path.Combine(AppContext.BaseDirectory, "trials", "NCT05765006.json");

    public static string MedicinesPath => Path.Combine(AppContext.BaseDirectory, "trials", "medicines.json");

    public static TrialDefinition Definition => LoadedDefinition.Value;

    public static Medicine Medicine(string id) => Definition.Medicines.Find(id) ?? throw new ArgumentException($"No test medicine '{id}'.", nameof(id));
}
