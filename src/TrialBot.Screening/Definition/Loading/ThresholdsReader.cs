namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// Reads a criterion's <c>thresholds</c> object: the listing's numbers by name, each zero or more. Every number is
/// registered as the load-time placeholder <c>{criterionId.name}</c>, so texts quote the same numbers the rules compare
/// against; the rules name the thresholds they use, with their units (<see cref="RulesReader"/>).
/// </summary>
internal static class ThresholdsReader
{
    /// <summary>The thresholds of the criterion <paramref name="criterionId"/> by name, with their nodes (for errors).</summary>
    public static IReadOnlyDictionary<string, (double Value, DefinitionNode Node)> Read(DefinitionNode criterion, string criterionId)
    {
        var thresholds = new Dictionary<string, (double, DefinitionNode)>(StringComparer.Ordinal);
        if (criterion.Optional("thresholds") is not { } node)
        {
            return thresholds;
        }

        foreach (var (name, value) in node.Properties())
        {
            var number = value.NonNegativeNumber();
            node.Context.Register(criterionId, name, number);
            thresholds[name] = (number, value);
        }

        return thresholds;
    }
}
