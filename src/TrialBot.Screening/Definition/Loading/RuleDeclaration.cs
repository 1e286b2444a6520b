using TrialBot.Screening.Answers;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Scoring.Rules;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// A criterion's rules as read: the rule, the reason keys its parts give (with the run-time placeholders their texts
/// carry), and the answer kinds its questions must have, checked once the questions are read.
/// </summary>
internal sealed class RuleDeclaration(string criterionId)
{
    private readonly Dictionary<string, string?> reasons = new(StringComparer.Ordinal) { ["pass"] = null };
    private readonly List<(DefinitionNode Node, Func<QuestionDefinition, bool> Fits, string Expected)> questions = [];

    /// <summary>The criterion id.</summary>
    public string CriterionId { get; } = criterionId;

    /// <summary>The criterion's thresholds by name.</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>The criterion's rule.</summary>
    public ICriterionRule Rule { get; set; } = new CompositeRule([]);

    /// <summary>True when failing the criterion means the person declined (an <c>agreement</c> rule).</summary>
    public bool Declines => Parts.OfType<YesNoRule>().Any(part => part.Declines);

    /// <summary>The question of the <c>agreement</c> rule, or null.</summary>
    public string? ConsentQuestionId => Parts.OfType<YesNoRule>().FirstOrDefault(part => part.Declines)?.QuestionId;

    /// <summary>The <c>age</c> rules.</summary>
    public IEnumerable<AgeRule> AgeRules => Parts.OfType<AgeRule>();

    private IEnumerable<ICriterionRule> Parts => Rule is CompositeRule composite ? composite.Parts : [Rule];

    /// <summary>The reason keys the criterion's <c>reasons</c> object must have, with each one's run-time placeholder (or null).</summary>
    public IReadOnlyDictionary<string, string?> Reasons => reasons;

    /// <summary>Records that a part gives the reason <paramref name="key"/>, whose texts fill <paramref name="placeholder"/>.</summary>
    public void Reason(string key, string? placeholder)
    {
        if (placeholder is not null || !reasons.ContainsKey(key))
        {
            reasons[key] = placeholder;
        }
    }

    /// <summary>Records that the question named by <paramref name="node"/> must take answers of <paramref name="kind"/>.</summary>
    public void Expect(DefinitionNode node, AnswerKind kind) =>
        questions.Add((node, question => question.Kind == kind, $"a {JsonKind(kind)} question"));

    /// <summary>Records that the question named by <paramref name="node"/> must be a lab question readable in <paramref name="units"/>.</summary>
    public void ExpectLab(DefinitionNode node, IReadOnlyList<string> units) =>
        questions.Add((node, question => units.All(unit => LabUnit.Reads(question.Kind, unit)), $"a lab question readable in {string.Join(", ", units)}"));

    /// <summary>Fails unless every question the rules name exists, takes the answer kind its part reads, and feeds this criterion.</summary>
    public void Check(IReadOnlyList<QuestionDefinition> definedQuestions)
    {
        foreach (var (node, fits, expected) in questions)
        {
            var id = node.String();
            var question = definedQuestions.FirstOrDefault(candidate => candidate.Id == id)
                ?? throw node.Error($"'{id}' is not a question of the definition.");
            if (!fits(question))
            {
                throw node.Error($"the rule reads '{id}' as {expected}, but it is a {JsonKind(question.Kind)} question.");
            }

            if (!question.Criteria.Contains(CriterionId, StringComparer.Ordinal))
            {
                throw node.Error($"the rule reads '{id}', but that question does not list {CriterionId} among its criteria.");
            }
        }
    }

    private static string JsonKind(AnswerKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
