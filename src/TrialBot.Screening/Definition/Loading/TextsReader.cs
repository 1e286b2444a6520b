using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>Reads the <c>texts</c> object: exactly the ids of <see cref="TextIds"/>, each with its run-time placeholders.</summary>
internal static class TextsReader
{
    /// <summary>The texts by id.</summary>
    public static IReadOnlyDictionary<string, LocalizedText> Read(DefinitionNode textsNode)
    {
        textsNode.AllowOnly([.. TextIds.Placeholders.Keys]);
        return TextIds.Placeholders.ToDictionary(
            entry => entry.Key,
            entry => textsNode.Required(entry.Key).Text(entry.Value),
            StringComparer.Ordinal);
    }
}
