using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// Reads the <c>criteria</c> array, in listing order: each criterion with the listing sentences it implements, its
/// thresholds and declared rules (<see cref="RulesReader"/>), examples, every reason its rules give and the reviewer's
/// note. Thresholds and examples are read first, so that every text of the definition can quote them as placeholders.
/// </summary>
internal static class CriteriaReader
{
    private static readonly string[] Fields = ["id", "kind", "title", "listing", "thresholds", "rules", "examples", "reasons", "alwaysConfirmedAtScreening", "note"];

    /// <summary>The criteria in listing order, and their rules as read (checked against the questions later).</summary>
    public static (IReadOnlyList<TrialCriterion> Criteria, IReadOnlyList<RuleDeclaration> Rules) Read(DefinitionNode criteriaNode)
    {
        var nodes = NodesById(criteriaNode);
        var rules = nodes.Select(entry => RulesReader.Read(entry.Node, entry.Id)).ToList();
        var examples = nodes.Select(entry => ReadExamples(entry.Node, entry.Id)).ToList();
        var criteria = nodes.Select((entry, index) => ReadCriterion(entry.Node, entry.Id, examples[index], rules[index])).ToList();
        var consents = rules.Where(rule => rule.Declines).ToList();
        return consents.Count <= 1 ? (criteria, rules) : throw criteriaNode.Error("only one criterion can be the consent.");
    }

    private static List<(string Id, DefinitionNode Node)> NodesById(DefinitionNode criteriaNode)
    {
        var nodes = new List<(string Id, DefinitionNode Node)>();
        foreach (var item in criteriaNode.Items())
        {
            item.AllowOnly(Fields);
            var idNode = item.Required("id");
            var id = idNode.String();
            if (nodes.Any(node => node.Id == id))
            {
                throw idNode.Error($"the criterion {id} is defined twice.");
            }

            nodes.Add((id, item));
        }

        return nodes;
    }

    private static List<LocalizedText> ReadExamples(DefinitionNode node, string id)
    {
        var examples = node.Optional("examples")?.Items().Select(item => item.Text()).ToList() ?? [];
        if (examples.Count > 0)
        {
            node.Context.Register(id, "examples", LocalizedText.JoinList(examples));
        }

        return examples;
    }

    private static TrialCriterion ReadCriterion(DefinitionNode node, string id, IReadOnlyList<LocalizedText> examples, RuleDeclaration rules)
    {
        var kind = node.Required("kind").Enum<CriterionKind>();
        return new TrialCriterion(
            id,
            kind,
            node.Required("title").Text(),
            node.Required("listing").Strings(),
            examples,
            ReadReasons(node.Required("reasons"), rules),
            node.Optional("alwaysConfirmedAtScreening")?.Text(),
            ReadNote(node.Required("note")))
        {
            Rule = rules.Rule,
            Thresholds = rules.Thresholds,
            Declines = rules.Declines,
        };
    }

    private static Dictionary<string, LocalizedText> ReadReasons(DefinitionNode reasons, RuleDeclaration rules)
    {
        reasons.AllowOnly([.. rules.Reasons.Keys]);
        return rules.Reasons.ToDictionary(
            entry => entry.Key,
            entry => reasons.Required(entry.Key).Text(entry.Value is { } placeholder ? [placeholder] : []),
            StringComparer.Ordinal);
    }

    private static CriterionNote ReadNote(DefinitionNode note)
    {
        note.AllowOnly("listingSays", "readAs", "confirmedAtScreening");
        return new CriterionNote(note.Required("listingSays").String(), note.Required("readAs").String(), note.Required("confirmedAtScreening").String());
    }
}
