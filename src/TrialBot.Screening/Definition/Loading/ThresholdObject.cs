namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// A criterion's <c>thresholds</c> object: each number read is also registered as the load-time placeholder
/// <c>{criterionId.name}</c>, so texts quote the same numbers the rules use.
/// </summary>
internal sealed class ThresholdObject
{
    private readonly DefinitionNode node;
    private readonly string criterionId;

    /// <summary>The thresholds of <paramref name="criterion"/>, which may have exactly the fields <paramref name="names"/>.</summary>
    public ThresholdObject(DefinitionNode criterion, string criterionId, params string[] names)
    {
        this.criterionId = criterionId;
        node = criterion.Required("thresholds");
        node.AllowOnly(names);
    }

    /// <summary>Fails when <paramref name="criterion"/>, a criterion without thresholds, has a non-empty <c>thresholds</c> object.</summary>
    public static void RequireNone(DefinitionNode criterion) => criterion.Optional("thresholds")?.AllowOnly();

    /// <summary>The number <paramref name="name"/>, zero or more.</summary>
    public double Number(string name)
    {
        var value = node.Required(name).NonNegativeNumber();
        node.Context.Register(criterionId, name, value);
        return value;
    }

    /// <summary>The fraction <paramref name="name"/>, from 0 up to (not including) 1.</summary>
    public double Fraction(string name)
    {
        var field = node.Required(name);
        return Number(name) is var value && value < 1 ? value : throw field.Error($"expected a fraction below 1, found {value}.");
    }

    /// <summary>The flag <paramref name="name"/>.</summary>
    public bool Flag(string name) => node.Required(name).Flag();

    /// <summary>Fails at <paramref name="name"/> unless <paramref name="condition"/> holds.</summary>
    public void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw node.Required(name).Error(problem);
        }
    }
}
