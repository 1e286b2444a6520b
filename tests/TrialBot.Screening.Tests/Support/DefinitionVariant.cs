using System.Text.Json.Nodes;
using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Tests.Support;

/// <summary>A changed copy of the real definition (and the test medicines) in a temporary folder, for loader error tests.</summary>
internal sealed class DefinitionVariant : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("trialbot-definition-");

    public DefinitionVariant(Action<JsonObject> change, string? medicinesJson = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(TrialFixture.DefinitionPath))!.AsObject();
        change(root);
        Path = System.IO.Path.Combine(folder.FullName, "NCT05765006.json");
        File.WriteAllText(Path, root.ToJsonString());
        File.WriteAllText(System.IO.Path.Combine(folder.FullName, "medicines.json"), medicinesJson ?? File.ReadAllText(TrialFixture.MedicinesPath));
    }

    public string Path { get; }

    /// <summary>The exception loading the variant throws.</summary>
    public static TrialDefinitionException LoadError(Action<JsonObject> change, string? medicinesJson = null)
    {
        using var variant = new DefinitionVariant(change, medicinesJson);
        return Assert.Throws<TrialDefinitionException>(() => TrialDefinitionLoader.Load(variant.Path));
    }

    /// <summary>The question object with <paramref name="id"/>.</summary>
    public static JsonObject Question(JsonObject root, string id) =>
        root["questions"]!.AsArray().Select(node => node!.AsObject()).Single(question => (string?)question["id"] == id);

    /// <summary>The criterion object with <paramref name="id"/>.</summary>
    public static JsonObject Criterion(JsonObject root, string id) =>
        root["criteria"]!.AsArray().Select(node => node!.AsObject()).Single(criterion => (string?)criterion["id"] == id);

    public void Dispose() => folder.Delete(recursive: true);
}
