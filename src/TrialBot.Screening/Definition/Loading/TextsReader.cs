using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>Reads the <c>texts</c> object: the ids of <see cref="TextIds"/>, each with its run-time placeholders (the optional ones may be left out).</summary>
internal static class TextsReader
{
    /// <summary>The texts by id.</summary>
    public static IReadOnlyDictionary<string, LocalizedText> Read(DefinitionNode textsNode)
    {
        textsNode.AllowOnly([.. TextIds.Placeholders.Keys, .. TextIds.OptionalPlaceholders.Keys]);
        var texts = TextIds.Placeholders.ToDictionary(
            entry => entry.Key,
            entry => textsNode.Required(entry.Key).Text(entry.Value),
            StringComparer.Ordinal);
        foreach (var (id, placeholders) in TextIds.OptionalPlaceholders)
        {
            if (textsNode.Optional(id) is { } node)
            {
                texts[id] = node.Text(placeholders);
            }
        }

        return texts;
    }
}
