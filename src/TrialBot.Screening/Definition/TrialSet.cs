namespace TrialBot.Screening.Definition;

/// <summary>
/// The trials a site screens for together, and the one questionnaire they are asked through (<see cref="Combined"/>).
/// A question shared by id (age, diagnosis, medicines…) is one question, asked once; its wording is the first-listed
/// trial's, or, when that trial has no Chinese texts, the first trial's that has them (so that a Chinese conversation
/// reads it in Chinese). The combined order keeps each trial's own order: the first trial's questions, then each other
/// trial's own questions inserted after the question that comes before them in that trial. With one trial,
/// <see cref="Combined"/> is that trial's definition itself; with more, the combined criteria are every trial's,
/// named <see cref="CriterionKey"/> (<c>{trial id}/{criterion id}</c>), so that an answer failing any trial's criterion is
/// recognised as such. Each trial is still scored by its own definition.
/// </summary>
public sealed class TrialSet
{
    /// <summary>Separates the trial id from the criterion id in <see cref="CriterionKey"/>.</summary>
    public const char CriterionKeySeparator = '/';

    private TrialSet(IReadOnlyList<TrialDefinition> trials, TrialDefinition combined)
    {
        Trials = trials;
        Combined = combined;
    }

    /// <summary>The trials, in the configured order.</summary>
    public IReadOnlyList<TrialDefinition> Trials { get; }

    /// <summary>The questionnaire asked: the trials' questions merged, the general texts of the lead trial.</summary>
    public TrialDefinition Combined { get; }

    /// <summary>True when more than one trial is screened for.</summary>
    public bool IsMany => Trials.Count > 1;

    /// <summary>The key of a trial's criterion among the combined criteria: <c>{trial id}/{criterion id}</c>.</summary>
    public static string CriterionKey(string trialId, string criterionId) => trialId + CriterionKeySeparator + criterionId;

    /// <summary>A set of one trial.</summary>
    public static TrialSet Of(TrialDefinition trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new TrialSet([trial], trial);
    }

    /// <summary>A set of <paramref name="trials"/>, in the configured order.</summary>
    /// <param name="trials">The trials (at least one; ids unique).</param>
    /// <param name="sources">The files they were read from, in the same order, to name in errors; the ids when null.</param>
    /// <exception cref="TrialDefinitionException">Two trials share a question id with different answer kinds, or list the same trial or site id.</exception>
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

        return new TrialSet(trials, Combine(trials));
    }

    /// <summary>The trials screened in a conversation in <paramref name="language"/> (<c>en</c> or <c>zh</c>): in Chinese
    /// only those with Chinese texts (all of them when none has any: the conversation is then in English).</summary>
    public IReadOnlyList<TrialDefinition> ScreenedIn(string? language)
    {
        if (language is null || !language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Trials;
        }

        var chinese = Trials.Where(trial => trial.HasChinese).ToList();
        return chinese.Count == 0 ? Trials : chinese;
    }

    private static void Check(TrialDefinition first, string firstSource, TrialDefinition second, string secondSource)
    {
        if (string.Equals(first.Id, second.Id, StringComparison.Ordinal))
        {
            throw new TrialDefinitionException(secondSource, "$.id", $"the trial {second.Id} is listed twice (also {firstSource}).");
        }

        foreach (var question in second.Questions)
        {
            if (first.FindQuestion(question.Id) is { } shared && shared.Kind != question.Kind)
            {
                throw new TrialDefinitionException(
                    secondSource,
                    $"$.questions[{Index(second, question.Id)}].kind",
                    $"the question '{question.Id}' takes {question.Kind} answers here but {shared.Kind} answers in {firstSource}; a question shared by id is asked once, so both must take the same kind.");
            }
        }

        foreach (var site in second.Sites.Where(site => first.Sites.Any(other => string.Equals(other.Id, site.Id, StringComparison.Ordinal))))
        {
            throw new TrialDefinitionException(secondSource, "$.sites", $"the site id '{site.Id}' is also a site of {firstSource}; site ids must differ between trials.");
        }
    }

    private static int Index(TrialDefinition trial, string questionId) =>
        trial.Questions.Select((question, index) => (question, index)).First(pair => pair.question.Id == questionId).index;

    private static TrialDefinition Combine(IReadOnlyList<TrialDefinition> trials)
    {
        var lead = trials.FirstOrDefault(trial => trial.HasChinese) ?? trials[0];
        var order = new List<string>();
        foreach (var trial in trials)
        {
            var anchor = -1;
            foreach (var question in trial.Questions)
            {
                var at = order.IndexOf(question.Id);
                if (at < 0)
                {
                    order.Insert(anchor + 1, question.Id);
                    at = anchor + 1;
                }

                anchor = at;
            }
        }

        var questions = order.Select(id => CombinedQuestion(trials, id)).ToList();
        var criteria = trials.SelectMany(trial => trial.Criteria.Select(criterion => criterion with { Id = CriterionKey(trial.Id, criterion.Id) })).ToList();
        var facts = new TrialFacts(lead.Id, lead.Title, lead.Description, lead.Sponsor, lead.Phase);
        return new TrialDefinition(facts, criteria, questions, [.. trials.SelectMany(trial => trial.Sites)], lead.Faq, lead.Texts, lead.Medicines)
        {
            PreCall = lead.PreCall,
            Languages = lead.Languages,
            ConsentQuestionId = trials.Select(trial => trial.ConsentQuestionId).FirstOrDefault(id => id is not null),
            AgeAtSigning = trials.Select(trial => trial.AgeAtSigning).FirstOrDefault(age => age is not null),
        };
    }

    /// <summary>A question as asked: the wording of the first trial that has it (preferring one with Chinese texts), feeding every trial's criteria it feeds.</summary>
    private static QuestionDefinition CombinedQuestion(IReadOnlyList<TrialDefinition> trials, string id)
    {
        var having = trials.Where(trial => trial.FindQuestion(id) is not null).ToList();
        var wording = (having.FirstOrDefault(trial => trial.HasChinese) is { } chinese && !having[0].HasChinese ? chinese : having[0]).Question(id);
        return wording with
        {
            Criteria = [.. having.SelectMany(trial => trial.Question(id).Criteria.Select(criterion => CriterionKey(trial.Id, criterion)))],
        };
    }
}
