using TrialBot.Screening.Scoring;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// Reads the <c>criteria</c> array: exactly I1–I6 and E1–E6, each with the listing sentences it implements, its
/// thresholds, examples, every reason its rule gives and the reviewer's note. Thresholds and examples are read first, so that every text
/// of the definition can quote them as placeholders.
/// </summary>
internal static class CriteriaReader
{
    private static readonly string[] Fields = ["id", "kind", "title", "listing", "thresholds", "examples", "reasons", "alwaysConfirmedAtScreening", "note"];

    /// <summary>The criteria in listing order, and their thresholds.</summary>
    public static (IReadOnlyList<TrialCriterion> Criteria, TrialThresholds Thresholds) Read(DefinitionNode criteriaNode)
    {
        var nodes = NodesById(criteriaNode);
        var thresholds = ThresholdsReader.Read(nodes);
        var examples = CriterionIds.All.ToDictionary(id => id, id => ReadExamples(nodes[id], id));
        var criteria = CriterionIds.All.Select(id => ReadCriterion(nodes[id], id, examples[id])).ToList();
        return (criteria, thresholds);
    }

    private static Dictionary<string, DefinitionNode> NodesById(DefinitionNode criteriaNode)
    {
        var nodes = new Dictionary<string, DefinitionNode>(StringComparer.Ordinal);
        foreach (var item in criteriaNode.Items())
        {
            item.AllowOnly(Fields);
            var idNode = item.Required("id");
            var id = idNode.String();
            if (!CriterionIds.All.Contains(id, StringComparer.Ordinal))
            {
                throw idNode.Error($"'{id}' is not a criterion id; expected one of: {string.Join(", ", CriterionIds.All)}.");
            }

            if (!nodes.TryAdd(id, item))
            {
                throw idNode.Error($"the criterion {id} is defined twice.");
            }
        }

        var missing = CriterionIds.All.Where(id => !nodes.ContainsKey(id)).ToList();
        return missing.Count == 0 ? nodes : throw criteriaNode.Error($"the criteria {string.Join(", ", missing)} are missing.");
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

    private static TrialCriterion ReadCriterion(DefinitionNode node, string id, IReadOnlyList<LocalizedText> examples)
    {
        var kindNode = node.Required("kind");
        var kind = kindNode.Enum<CriterionKind>();
        if (kind != (id.StartsWith('I') ? CriterionKind.Inclusion : CriterionKind.Exclusion))
        {
            throw kindNode.Error($"criterion {id} is {(id.StartsWith('I') ? "an inclusion" : "an exclusion")} criterion.");
        }

        return new TrialCriterion(
            id,
            kind,
            node.Required("title").Text(),
            node.Required("listing").Strings(),
            examples,
            ReadReasons(node.Required("reasons"), id),
            node.Optional("alwaysConfirmedAtScreening")?.Text(),
            ReadNote(node.Required("note")));
    }

    private static Dictionary<string, LocalizedText> ReadReasons(DefinitionNode reasons, string id)
    {
        var keys = ReasonKeys.For(id);
        reasons.AllowOnly([.. keys]);
        return keys.ToDictionary(key => key, key => reasons.Required(key).Text(ReasonKeys.RuntimePlaceholders(key)), StringComparer.Ordinal);
    }

    private static CriterionNote ReadNote(DefinitionNode note)
    {
        note.AllowOnly("listingSays", "readAs", "confirmedAtScreening");
        return new CriterionNote(note.Required("listingSays").String(), note.Required("readAs").String(), note.Required("confirmedAtScreening").String());
    }
}
