using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Sites;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>
/// A trial as data, loaded and validated by <see cref="TrialDefinitionLoader"/>: facts from the listing, the criteria
/// with their thresholds, the questions in asking order, the sites, the FAQ and every text the screening shows.
/// </summary>
public sealed class TrialDefinition
{
    private readonly Dictionary<string, QuestionDefinition> questionsById;
    private readonly Dictionary<string, TrialCriterion> criteriaById;

    internal TrialDefinition(
        TrialFacts facts,
        IReadOnlyList<TrialCriterion> criteria,
        IReadOnlyList<QuestionDefinition> questions,
        IReadOnlyList<TrialSite> sites,
        IReadOnlyList<FaqEntry> faq,
        IReadOnlyDictionary<string, LocalizedText> texts,
        MedicineCatalog medicines)
    {
        Id = facts.Id;
        Title = facts.Title;
        Description = facts.Description;
        Sponsor = facts.Sponsor;
        Phase = facts.Phase;
        Criteria = criteria;
        Questions = questions;
        Sites = sites;
        Faq = faq;
        Texts = texts;
        Medicines = medicines;
        questionsById = questions.ToDictionary(question => question.Id, StringComparer.Ordinal);
        criteriaById = criteria.ToDictionary(criterion => criterion.Id, StringComparer.Ordinal);
    }

    /// <summary>The registry id (<c>NCT05765006</c>).</summary>
    public string Id { get; }

    /// <summary>The trial's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>A short description made of listing facts only.</summary>
    public LocalizedText Description { get; }

    /// <summary>The sponsor as the listing names it.</summary>
    public string Sponsor { get; }

    /// <summary>The trial phase.</summary>
    public LocalizedText Phase { get; }

    /// <summary>The criteria, in listing order.</summary>
    public IReadOnlyList<TrialCriterion> Criteria { get; }

    /// <summary>The languages the trial's texts are in (<c>en</c>, and <c>zh</c> unless the file declares English only).</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en", "zh"];

    /// <summary>True when the trial has its texts in Simplified Chinese too; otherwise the bot screens in English only.</summary>
    public bool HasChinese => Languages.Contains("zh");

    /// <summary>The question whose "no" declines the screening (the <c>agreement</c> rule), or null.</summary>
    public string? ConsentQuestionId { get; init; }

    /// <summary>The age rule that counts the age on the day of signing (a birthday within weeks decides it), or null.</summary>
    public AgeAtSigning? AgeAtSigning { get; init; }

    /// <summary>For the questionnaire of several trials asked together (<see cref="TrialSet.Combined"/>): that set, whose
    /// trials are each scored on their own; null for a trial's own definition.</summary>
    internal TrialSet? CombinedFrom { get; init; }

    /// <summary>The first question that takes answers of <paramref name="kind"/> (the medicines, the place), or null.</summary>
    public QuestionDefinition? FirstQuestionOf(AnswerKind kind) => Questions.FirstOrDefault(question => question.Kind == kind);

    /// <summary>The questions in asking order.</summary>
    public IReadOnlyList<QuestionDefinition> Questions { get; }

    /// <summary>The sites (contacts empty until configured; see <see cref="SiteDirectory.WithContacts"/>).</summary>
    public IReadOnlyList<TrialSite> Sites { get; }

    /// <summary>The frequently asked questions.</summary>
    public IReadOnlyList<FaqEntry> Faq { get; }

    /// <summary>The general texts by id (<see cref="TextIds"/>).</summary>
    public IReadOnlyDictionary<string, LocalizedText> Texts { get; }

    /// <summary>The medicines the definition's medicines file lists.</summary>
    public MedicineCatalog Medicines { get; }

    /// <summary>The optional questions the study team asks before its first call, in asking order (none when the file
    /// has no <c>precall</c> section). They are no criteria: they are stored as said and never scored.</summary>
    public IReadOnlyList<PreCallQuestion> PreCall { get; init; } = [];

    /// <summary>The question with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">There is no such question.</exception>
    public QuestionDefinition Question(string id) =>
        FindQuestion(id) ?? throw new ArgumentException($"The trial {Id} has no question '{id}'.", nameof(id));

    /// <summary>The question with <paramref name="id"/>, or null (for ids coming from stored state).</summary>
    public QuestionDefinition? FindQuestion(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return questionsById.GetValueOrDefault(id);
    }

    /// <summary>The criterion with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">There is no such criterion.</exception>
    public TrialCriterion Criterion(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return criteriaById.TryGetValue(id, out var criterion) ? criterion : throw new ArgumentException($"The trial {Id} has no criterion '{id}'.", nameof(id));
    }

    /// <summary>The general text with <paramref name="id"/> (see <see cref="TextIds"/>).</summary>
    /// <exception cref="ArgumentException">There is no such text.</exception>
    public LocalizedText Text(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Texts.TryGetValue(id, out var text) ? text : throw new ArgumentException($"The trial {Id} has no text '{id}'.", nameof(id));
    }

    /// <summary>The questions that feed criterion <paramref name="criterionId"/>, in asking order.</summary>
    public IEnumerable<QuestionDefinition> QuestionsFeeding(string criterionId) =>
        Questions.Where(question => question.Criteria.Contains(criterionId, StringComparer.Ordinal));

    /// <summary>
    /// True when question <paramref name="questionId"/> applies given <paramref name="answers"/>: no condition of it
    /// is ruled out by an earlier answer, and the questions its conditions look at apply themselves.
    /// </summary>
    public bool Applies(string questionId, ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var conditions = Question(questionId).AskIf;
        for (var index = 0; index < conditions.Count; index++)
        {
            var condition = conditions[index];
            if (!Applies(condition.QuestionId, answers) || condition.RulesOut(answers.Get(condition.QuestionId)))
            {
                return false;
            }
        }

        return true;
    }
}
