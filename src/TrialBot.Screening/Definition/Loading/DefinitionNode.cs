using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// A JSON value of a definition file together with its JSON path: typed reads that fail with a
/// <see cref="TrialDefinitionException"/> naming the file, the path and the problem.
/// </summary>
internal sealed partial class DefinitionNode(JsonElement element, string path, DefinitionContext context)
{
    /// <summary>The JSON path of this value (<c>$.questions[1].text</c>).</summary>
    public string Path { get; } = path;

    /// <summary>The file being read.</summary>
    public DefinitionContext Context { get; } = context;

    /// <summary>The field <paramref name="name"/> of this object, which must be present and not null.</summary>
    public DefinitionNode Required(string name) =>
        Optional(name) ?? throw Error($"the required field '{name}' is missing (or null).");

    /// <summary>The field <paramref name="name"/> of this object, or null when absent or JSON null.</summary>
    public DefinitionNode? Optional(string name)
    {
        RequireKind(JsonValueKind.Object);
        return element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new DefinitionNode(value, $"{Path}.{name}", Context)
            : null;
    }

    /// <summary>Fails when this object has a field other than <paramref name="names"/> (a misspelt field would otherwise be ignored).</summary>
    public void AllowOnly(params string[] names)
    {
        RequireKind(JsonValueKind.Object);
        foreach (var property in element.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new DefinitionNode(property.Value, $"{Path}.{property.Name}", Context)
                    .Error($"unknown field '{property.Name}'; expected one of: {string.Join(", ", names)}.");
            }
        }
    }

    /// <summary>A non-empty string.</summary>
    public string String()
    {
        var text = StringOrEmpty();
        return string.IsNullOrWhiteSpace(text) ? throw Error("expected a non-empty string.") : text;
    }

    /// <summary>A string, possibly empty.</summary>
    public string StringOrEmpty()
    {
        RequireKind(JsonValueKind.String);
        return element.GetString()!;
    }

    /// <summary>A finite number.</summary>
    public double Number()
    {
        RequireKind(JsonValueKind.Number);
        return element.GetDouble() is var value && double.IsFinite(value) ? value : throw Error("expected a finite number.");
    }

    /// <summary>
    /// A finite number, written as a number or as one criterion's limit registered before (<c>"{E1.highDosePrednisoneAtLeastMgPerDay}"</c>),
    /// so that a question can use a criterion's limit without repeating it.
    /// </summary>
    public double NumberOrLimit()
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            return Number();
        }

        var filled = FillPlaceholders(String(), chinese: false, []);
        return double.TryParse(filled, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error($"expected a number or a criterion's limit such as \"{{I2.ageAtLeastYears}}\", found \"{filled}\".");
    }

    /// <summary>A finite number that is not negative.</summary>
    public double NonNegativeNumber() => Number() is var value && value >= 0 ? value : throw Error($"expected a number of zero or more, found {value}.");

    /// <summary>true or false.</summary>
    public bool Flag() => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error($"expected true or false, found {Describe(element.ValueKind)}."),
    };

    /// <summary>The items of an array; at least one unless <paramref name="allowEmpty"/>.</summary>
    public IReadOnlyList<DefinitionNode> Items(bool allowEmpty = false)
    {
        RequireKind(JsonValueKind.Array);
        var items = element.EnumerateArray().Select((item, index) => new DefinitionNode(item, $"{Path}[{index}]", Context)).ToList();
        return items.Count > 0 || allowEmpty ? items : throw Error("expected at least one item.");
    }

    /// <summary>An array of non-empty strings.</summary>
    public IReadOnlyList<string> Strings(bool allowEmpty = false) => Items(allowEmpty).Select(item => item.String()).ToList();

    /// <summary>The fields of an object.</summary>
    public IReadOnlyList<(string Name, DefinitionNode Value)> Properties()
    {
        RequireKind(JsonValueKind.Object);
        return element.EnumerateObject().Select(property => (property.Name, new DefinitionNode(property.Value, $"{Path}.{property.Name}", Context))).ToList();
    }

    /// <summary>An enum value written in kebab case (<c>yes-no</c>, <c>elapsed-time</c>).</summary>
    public T Enum<T>()
        where T : struct, Enum
    {
        var text = String();
        var values = System.Enum.GetValues<T>().ToDictionary(value => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()), StringComparer.Ordinal);
        return values.TryGetValue(text, out var value)
            ? value
            : throw Error($"'{text}' is not a known value; expected one of: {string.Join(", ", values.Keys)}.");
    }

    /// <summary>
    /// A text in both languages (<c>{"en": …, "zh": …}</c>, neither empty) with its load-time placeholders filled; in an
    /// English-only file, <c>{"en": …}</c> alone, read as the text of both.
    /// Other placeholders must be exactly <paramref name="runtimePlaceholders"/>, in both languages; with
    /// <paramref name="mayOmit"/>, they may be left out; <paramref name="optionalPlaceholders"/> may be used or not.
    /// </summary>
    public LocalizedText Text(IReadOnlyList<string>? runtimePlaceholders = null, bool mayOmit = false, IReadOnlyList<string>? optionalPlaceholders = null)
    {
        if (optionalPlaceholders is { Count: > 0 })
        {
            var required = runtimePlaceholders ?? [];
            var filled = Text([.. required, .. optionalPlaceholders], mayOmit: true);
            RequirePlaceholders(filled, mayOmit ? [] : required);
            return filled;
        }

        if (Context.EnglishOnly)
        {
            AllowOnly("en");
            var english = Language("en", "English");
            var same = new LocalizedText(english, english);
            RequirePlaceholders(same, mayOmit ? [] : runtimePlaceholders ?? []);
            return same;
        }

        AllowOnly("en", "zh");
        var text = new LocalizedText(Language("en", "English"), Language("zh", "Chinese"));
        RequirePlaceholders(text, mayOmit ? [] : runtimePlaceholders ?? []);
        return text;

        string Language(string field, string language)
        {
            var node = Optional(field) ?? throw new DefinitionNode(element, $"{Path}.{field}", Context).Error($"the {language} ({field}) text is missing.");
            return node.FillPlaceholders(node.String(), field == "zh" && !Context.EnglishOnly, runtimePlaceholders ?? []);
        }
    }

    /// <summary>An error at this node.</summary>
    public TrialDefinitionException Error(string problem) => new(Context.FileName, Path, problem);

    [GeneratedRegex(@"\{([A-Za-z0-9.\-]+)\}")]
    private static partial Regex PlaceholderPattern();

    private string FillPlaceholders(string text, bool chinese, IReadOnlyList<string> runtimePlaceholders) =>
        PlaceholderPattern().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (runtimePlaceholders.Contains(name, StringComparer.Ordinal))
            {
                return match.Value;
            }

            return Context.Placeholders.TryGetValue(name, out var value)
                ? (chinese ? value.Zh : value.En)
                : throw Error(runtimePlaceholders.Count == 0
                    ? $"unknown placeholder {match.Value}; a threshold is written {{criterionId.thresholdName}}, for example {{I2.ageAtLeastYears}}."
                    : $"unknown placeholder {match.Value}; this text takes {string.Join(", ", runtimePlaceholders.Select(placeholder => "{" + placeholder + "}"))} or a threshold such as {{I2.ageAtLeastYears}}.");
        });

    private void RequirePlaceholders(LocalizedText text, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var placeholder = "{" + name + "}";
            if (!text.En.Contains(placeholder, StringComparison.Ordinal))
            {
                throw Required("en").Error($"the text lacks the placeholder {placeholder}.");
            }

            if (!text.Zh.Contains(placeholder, StringComparison.Ordinal))
            {
                throw Required("zh").Error($"the text lacks the placeholder {placeholder}.");
            }
        }
    }

    private void RequireKind(JsonValueKind kind)
    {
        if (element.ValueKind != kind)
        {
            throw Error($"expected {Describe(kind)}, found {Describe(element.ValueKind)}.");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
