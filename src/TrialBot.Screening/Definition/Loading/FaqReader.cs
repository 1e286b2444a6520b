namespace TrialBot.Screening.Definition.Loading;

/// <summary>Reads the <c>faq</c> array: each entry with a question, an answer and trigger phrases in both languages.</summary>
internal static class FaqReader
{
    /// <summary>The FAQ entries, in file order.</summary>
    public static IReadOnlyList<FaqEntry> Read(DefinitionNode faqNode)
    {
        var entries = new List<FaqEntry>();
        foreach (var node in faqNode.Items())
        {
            node.AllowOnly("id", "question", "answer", "triggers");
            var idNode = node.Required("id");
            var id = idNode.String();
            if (entries.Any(entry => entry.Id == id))
            {
                throw idNode.Error($"the FAQ entry '{id}' is defined twice.");
            }

            var triggers = node.Required("triggers");
            triggers.AllowOnly(triggers.Context.EnglishOnly ? ["en"] : ["en", "zh"]);
            entries.Add(new FaqEntry(
                id,
                node.Required("question").Text(),
                node.Required("answer").Text(),
                [.. triggers.Required("en").Strings(), .. (triggers.Context.EnglishOnly ? [] : triggers.Required("zh").Strings())]));
        }

        return entries;
    }
}
