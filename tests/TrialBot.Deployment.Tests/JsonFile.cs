using System.Text.Json;

namespace TrialBot.Deployment.Tests;

/// <summary>Reading JSON files and walking their values.</summary>
internal static class JsonFile
{
    /// <summary>The root element of a JSON file; the test fails with the parser's message when it is not JSON.</summary>
    public static JsonElement Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    /// <summary>Every string in the value, property names included, depth first.</summary>
    public static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().SelectMany(Strings))
                {
                    yield return item;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (var item in Strings(property.Value))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }

    /// <summary>Every property in the value whose name is the one given (case-insensitive), at any depth.</summary>
    public static IEnumerable<JsonProperty> PropertiesNamed(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var found in element.EnumerateArray().SelectMany(e => PropertiesNamed(e, name)))
            {
                yield return found;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    yield return property;
                }

                foreach (var found in PropertiesNamed(property.Value, name))
                {
                    yield return found;
                }
            }
        }
    }
}
