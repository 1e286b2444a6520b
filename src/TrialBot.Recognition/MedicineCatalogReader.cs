using System.Text.Json;
using System.Text.Json.Serialization;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition;

/// <summary>
/// Reads a medicine catalog (<c>dialogs/trials/medicines.json</c>): a JSON array of <see cref="Medicine"/> objects in
/// camelCase, <c>class</c> as a string ("corticosteroid", "antimalarial", "nsaid", "immunosuppressant", "other").
/// </summary>
public static class MedicineCatalogReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Reads and checks the catalog in <paramref name="json"/>.</summary>
    /// <exception cref="InvalidDataException">The catalog is not valid JSON of that shape, or it breaks a rule: ids
    /// unique and non-empty, every medicine with a name, every corticosteroid with a positive equivalence.</exception>
    public static IReadOnlyList<Medicine> Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        List<Medicine>? medicines;
        try
        {
            medicines = JsonSerializer.Deserialize<List<Medicine>>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The medicine catalog is not valid: {e.Message}", e);
        }

        return Check(medicines ?? throw new InvalidDataException("The medicine catalog is empty."));
    }

    /// <summary>Reads and checks the catalog file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">See <see cref="Read(Stream)"/>.</exception>
    public static IReadOnlyList<Medicine> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    private static List<Medicine> Check(List<Medicine> medicines)
    {
        var duplicate = medicines.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The medicine catalog has the id '{duplicate.Key}' twice.");
        }

        foreach (var medicine in medicines)
        {
            if (string.IsNullOrWhiteSpace(medicine.Id) || medicine.Names.Count == 0 || medicine.Names.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidDataException($"The medicine '{medicine.Id}' needs an id and at least one non-empty name.");
            }

            if (medicine.Class == MedicineClass.Corticosteroid && medicine.EquivalentToPrednisone5Mg is not > 0)
            {
                throw new InvalidDataException($"The corticosteroid '{medicine.Id}' needs a positive equivalentToPrednisone5Mg.");
            }
        }

        return medicines;
    }
}
