using System.Globalization;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// What reading one file shares between its fields: the file name for error messages, and the load-time placeholders
/// (<c>{I2.ageAtLeastYears}</c>, <c>{E2.examples}</c>) filled into every text read after they are registered.
/// </summary>
internal sealed class DefinitionContext(string fileName)
{
    private readonly Dictionary<string, LocalizedText> placeholders = new(StringComparer.Ordinal);

    /// <summary>True when the trial file declares English only (<c>"languages": ["en"]</c>): its texts have no Chinese,
    /// and each reads the English where Chinese would be asked for.</summary>
    public bool EnglishOnly { get; set; }

    /// <summary>The file name, for error messages.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The load-time placeholders registered so far, by name.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Placeholders => placeholders;

    /// <summary>Registers <c>{criterionId.name}</c> as the number <paramref name="value"/>.</summary>
    public void Register(string criterionId, string name, double value) =>
        Register(criterionId, name, LocalizedText.Same(value.ToString("0.##", CultureInfo.InvariantCulture)));

    /// <summary>Registers <c>{criterionId.name}</c> as <paramref name="value"/>.</summary>
    public void Register(string criterionId, string name, LocalizedText value) => placeholders[$"{criterionId}.{name}"] = value;
}
