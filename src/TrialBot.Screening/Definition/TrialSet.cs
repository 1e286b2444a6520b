using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Definition;

/// <summary>
/// The trials a site screens for together, and the one questionnaire they are asked through (<see cref="Combined"/>).
/// A question is shared, and asked once, when the trials have it under the same id and ask it in the same words
/// (age, diagnosis…): the answer then means the same to each. A question with the same id asked in other words (one trial
/// asks which medicines are taken now, another which were tried for weeks in the last months) is a different question:
/// each trial asks its own, the later one under the id <c>{trial id}/{question id}</c>, so that no trial reads an answer
/// to a question it did not ask. The combined order keeps each trial's own order: the first trial's questions, then each
/// other trial's own questions inserted after the question that comes before them in that trial (a question asked in
/// other words right after the one it differs from, when that comes later). General texts are the
/// first-listed trial's, or the first trial's with Chinese texts when the first has none. A question whose label an
/// earlier one has already ("Lupus antibodies positive") gets its trial's id in the label, so that the review and
/// "change my …" tell them apart.
/// With one trial, <see cref="Combined"/> is that trial's definition itself. With more, the combined criteria are every
/// trial's, named <see cref="CriterionKey"/> (<c>{trial id}/{criterion id}</c>); each trial is scored by its own
/// definition over its own view of the answers (<see cref="AnswersFor"/>).
/// </summary>
public sealed class TrialSet
{
    /// <summary>Separates the trial id from a criterion or question id (<see cref="CriterionKey"/>).</summary>
    public const char KeySeparator = '/';

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> questionIds;
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> ownIds;

    private TrialSet(TrialDefinition trial)
    {
        Trials = [trial];
        Combined = trial;
        questionIds = new(StringComparer.Ordinal) { [trial.Id] = trial.Questions.ToDictionary(question => question.Id, question => question.Id, StringComparer.Ordinal) };
        ownIds = questionIds;
    }

    private TrialSet(IReadOnlyList<TrialDefinition> trials)
    {
        Trials = trials;
        questionIds = new(StringComparer.Ordinal);
        var order = new List<string>();
        var questions = new Dictionary<string, QuestionDefinition>(StringComparer.Ordinal);
        foreach (var trial in trials)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var anchor = -1;
            foreach (var question in trial.Questions)
            {
                var combinedId = questions.TryGetValue(question.Id, out var earlier)
                    ? AskedAlike(earlier, question) ? question.Id : trial.Id + KeySeparator + question.Id
                    : question.Id;
                map[question.Id] = combinedId;
                var at = order.IndexOf(combinedId);
                if (at < 0)
                {
                    // A question asked in other words comes right after the one it differs from (when that is later).
                    at = Math.Max(anchor, combinedId == question.Id ? -1 : order.IndexOf(question.Id)) + 1;
                    order.Insert(at, combinedId);
                    questions[combinedId] = question with { Id = combinedId, Criteria = [] };
                }

                anchor = at;
            }

            questionIds[trial.Id] = map;
        }

        ownIds = questionIds.ToDictionary(
            entry => entry.Key,
            entry => (IReadOnlyDictionary<string, string>)entry.Value.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal),
            StringComparer.Ordinal);

        Combined = Combine(order, questions);
    }

    /// <summary>The trials, in the configured order.</summary>
    public IReadOnlyList<TrialDefinition> Trials { get; }

    /// <summary>The questionnaire asked: the trials' questions merged, the general texts of the lead trial.</summary>
    public TrialDefinition Combined { get; }

    /// <summary>True when more than one trial is screened for.</summary>
    public bool IsMany => Trials.Count > 1;

    /// <summary>The key of a trial's criterion among the combined criteria: <c>{trial id}/{criterion id}</c>.</summary>
    public static string CriterionKey(string trialId, string criterionId) => trialId + KeySeparator + criterionId;

    /// <summary>A set of one trial: everything as its definition says.</summary>
    public static TrialSet Of(TrialDefinition trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new TrialSet(trial);
    }

    /// <summary>A set of <paramref name="trials"/>, in the configured order.</summary>
    /// <param name="trials">The trials (at least one).</param>
    /// <param name="sources">The files they were read from, in the same order, to name in errors; the ids when null.</param>
    /// <exception cref="TrialDefinitionException">The same trial is listed twice; two trials share a question id with
    /// different answer kinds; or two trials share a site id.</exception>
    public static TrialSet Of(IReadOnlyList<TrialDefinition> trials, IReadOnlyList<string>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(trials);
        if (trials.Count == 0)
        {
            throw new ArgumentException("At least one trial is screened for.", nameof(trials));
        }

        if (trials.Count == 1)
        {
            return Of(trials[0]);
        }

        string Source(int index) => sources is not null && index < sources.Count ? sources[index] : trials[index].Id;
        for (var later = 1; later < trials.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                Check(trials[earlier], Source(earlier), trials[later], Source(later));
            }
        }

        return new TrialSet(trials);
    }

    /// <summary>The trials screened in a conversation in <paramref name="language"/> (a culture name): in Chinese only
    /// those with Chinese texts (all of them when none has any: the conversation is then in English).</summary>
    public IReadOnlyList<TrialDefinition> ScreenedIn(string? language)
    {
        if (language is null || !language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Trials;
        }

        var chinese = Trials.Where(trial => trial.HasChinese).ToList();
        return chinese.Count == 0 ? Trials : chinese;
    }

    /// <summary>The id under which <paramref name="trial"/>'s question <paramref name="questionId"/> is asked, or null when the trial has no such question.</summary>
    public string? AskedAs(TrialDefinition trial, string questionId)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(questionId);
        return questionIds.TryGetValue(trial.Id, out var map) ? map.GetValueOrDefault(questionId) : null;
    }

    /// <summary>The trial's own question behind the combined question <paramref name="combinedId"/>, or null when the trial does not ask it.</summary>
    public string? OwnQuestionId(TrialDefinition trial, string combinedId)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(combinedId);
        return ownIds.TryGetValue(trial.Id, out var map) ? map.GetValueOrDefault(combinedId) : null;
    }

    /// <summary>The answers as <paramref name="trial"/> reads them: each of its questions' answer, under its own id.</summary>
    public ScreeningAnswers AnswersFor(TrialDefinition trial, ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(answers);
        if (!IsMany)
        {
            return answers;
        }

        var own = ScreeningAnswers.Empty;
        foreach (var (questionId, combinedId) in questionIds[trial.Id])
        {
            if (answers.Get(combinedId) is { } answer)
            {
                own = own.Set(questionId, answer);
            }
        }

        return own;
    }

    /// <summary>True when the two trials ask the question alike: the same kind, in the same English words.</summary>
    private static bool AskedAlike(QuestionDefinition first, QuestionDefinition second) =>
        first.Kind == second.Kind && string.Equals(first.Text.En, second.Text.En, StringComparison.Ordinal);

    private static void Check(TrialDefinition first, string firstSource, TrialDefinition second, string secondSource)
    {
        if (string.Equals(first.Id, second.Id, StringComparison.Ordinal))
        {
            throw new TrialDefinitionException(secondSource, "$.id", $"the trial {second.Id} is listed twice (also {firstSource}).");
        }

        for (var index = 0; index < second.Questions.Count; index++)
        {
            var question = second.Questions[index];
            if (first.FindQuestion(question.Id) is { } shared && shared.Kind != question.Kind)
            {
                throw new TrialDefinitionException(
                    secondSource,
                    $"$.questions[{index}].kind",
                    $"the question '{question.Id}' takes {question.Kind} answers here but {shared.Kind} answers in {firstSource}; a question id shared by two trials must take the same kind of answer.");
            }
        }

        if (second.Sites.FirstOrDefault(site => first.Sites.Any(other => string.Equals(other.Id, site.Id, StringComparison.Ordinal))) is { } clash)
        {
            throw new TrialDefinitionException(secondSource, "$.sites", $"the site id '{clash.Id}' is also a site of {firstSource}; site ids must differ between trials.");
        }
    }

    private TrialDefinition Combine(List<string> order, Dictionary<string, QuestionDefinition> questions)
    {
        var lead = Trials.FirstOrDefault(trial => trial.HasChinese) ?? Trials[0];
        var combined = new List<QuestionDefinition>();
        foreach (var id in order)
        {
            var (question, trial) = CombinedQuestion(questions[id]);

            // Labels name the answers in the review and in "change my …": one already taken gets the trial's id.
            combined.Add(combined.Any(other => string.Equals(other.Label.En, question.Label.En, StringComparison.OrdinalIgnoreCase) || other.Label.Zh == question.Label.Zh)
                ? question with { Label = new Texts.LocalizedText($"{question.Label.En} ({trial.Id})", $"{question.Label.Zh}（{trial.Id}）") }
                : question);
        }

        var criteria = Trials.SelectMany(trial => trial.Criteria.Select(criterion => criterion with { Id = CriterionKey(trial.Id, criterion.Id) })).ToList();
        var facts = new TrialFacts(lead.Id, lead.Title, lead.Description, lead.Sponsor, lead.Phase);
        var consent = Trials.Select(trial => trial.ConsentQuestionId is { } id ? AskedAs(trial, id) : null).FirstOrDefault(id => id is not null);
        var age = Trials.Select(trial => trial.AgeAtSigning is { } limits ? limits with { QuestionId = AskedAs(trial, limits.QuestionId)! } : null).FirstOrDefault(limits => limits is not null);
        return new TrialDefinition(facts, criteria, combined, [.. Trials.SelectMany(trial => trial.Sites)], lead.Faq, lead.Texts, lead.Medicines)
        {
            PreCall = lead.PreCall,
            Languages = lead.Languages,
            ConsentQuestionId = consent,
            AgeAtSigning = age,
            CombinedFrom = this,
        };
    }

    /// <summary>
    /// A question as asked: the wording of the first trial that asks it (of the first with Chinese texts, when that one
    /// has none and another asks it alike), its conditions on the combined ids, feeding every trial's criteria it feeds.
    /// </summary>
    private (QuestionDefinition Question, TrialDefinition WordingTrial) CombinedQuestion(QuestionDefinition placed)
    {
        var asking = Trials.Where(trial => OwnQuestionId(trial, placed.Id) is not null).ToList();
        var wordingTrial = !asking[0].HasChinese && asking.FirstOrDefault(trial => trial.HasChinese) is { } chinese ? chinese : asking[0];
        var wording = wordingTrial.Question(OwnQuestionId(wordingTrial, placed.Id)!);
        return (wording with
        {
            Id = placed.Id,
            AskIf = [.. wording.AskIf.Select(condition => condition with { QuestionId = AskedAs(wordingTrial, condition.QuestionId) ?? condition.QuestionId })],
            Criteria = [.. asking.SelectMany(trial => trial.Question(OwnQuestionId(trial, placed.Id)!).Criteria.Select(criterion => CriterionKey(trial.Id, criterion)))],
        }, wordingTrial);
    }
}
