using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// Reads the <c>questions</c> array, in asking order: ids from the file, each once, each feeding criteria the file
/// defines, with conditions only on earlier questions of the matching kind.
/// </summary>
internal static class QuestionsReader
{
    private static readonly string[] Fields =
        ["id", "kind", "label", "text", "short", "help", "reask", "criteria", "personCanTell", "confirmedAtScreening", "allowsDontKnow", "askIf", "range", "about", "contrary", "notCounting", "countsWhenTreatedWith", "noBelowDailyDose", "noOlderThanWeeks", "noShorterThanDays", "measuresSinceDiagnosis", "measuresCourse", "asksAboutNow", "aboutIsTreatment", "condition", "understood"];

    /// <summary>The questions in asking order.</summary>
    public static IReadOnlyList<QuestionDefinition> Read(DefinitionNode questionsNode, IReadOnlyList<string> criterionIds)
    {
        var questions = new List<QuestionDefinition>();
        foreach (var item in questionsNode.Items())
        {
            questions.Add(ReadQuestion(item, questions, criterionIds));
        }

        return questions;
    }

    private static QuestionDefinition ReadQuestion(DefinitionNode node, List<QuestionDefinition> earlier, IReadOnlyList<string> criterionIds)
    {
        node.AllowOnly(Fields);
        var idNode = node.Required("id");
        var id = idNode.String();

        if (earlier.Any(question => question.Id == id))
        {
            throw idNode.Error($"the question '{id}' is defined twice.");
        }

        var personCanTell = node.Required("personCanTell").Flag();
        var confirmedNode = node.Optional("confirmedAtScreening");
        if (!personCanTell && confirmedNode is null)
        {
            throw node.Error("a question the person may not know (personCanTell false) needs confirmedAtScreening: what the study team checks instead.");
        }

        return new QuestionDefinition(
            id,
            node.Required("kind").Enum<AnswerKind>(),
            node.Required("label").Text(),
            node.Required("text").Text(),
            node.Required("help").Text(),
            node.Required("reask").Text(),
            ReadCriteria(node.Required("criteria"), criterionIds),
            personCanTell,
            confirmedNode?.Text(),
            node.Optional("allowsDontKnow")?.Flag() ?? true,
            node.Optional("askIf")?.Items().Select(condition => ReadCondition(condition, earlier)).ToList() ?? [],
            node.Optional("range") is { } range ? ReadRange(range) : null)
        {
            Subject = ReadSubject(node),
            ShortText = node.Optional("short")?.Text(),
            MeasuresSinceDiagnosis = ReadElapsedFlag(node, "measuresSinceDiagnosis", "the time since the diagnosis"),
            MeasuresCourse = ReadElapsedFlag(node, "measuresCourse", "the time since a course started"),
            Condition = ReadCondition(node),
            Understood = ReadUnderstood(node),
        };
    }

    /// <summary>The field <c>understood</c>: <c>{"yes": {…}, "no": {…}}</c> for a yes/no question (each may quote
    /// <c>{short}</c>), else one text with <c>{answer}</c> (and, for an elapsed time, where it likes, <c>{since}</c>).</summary>
    private static QuestionUnderstood? ReadUnderstood(DefinitionNode node)
    {
        if (node.Optional("understood") is not { } field)
        {
            return null;
        }

        if (node.Required("kind").Enum<AnswerKind>() != AnswerKind.YesNo)
        {
            // An elapsed time may place the date it is counted from itself ({since}: AnswerDisplay.CountedFrom).
            IReadOnlyList<string> since = node.Required("kind").Enum<AnswerKind>() == AnswerKind.ElapsedTime ? ["since"] : [];
            return new QuestionUnderstood(field.Text(["answer"], optionalPlaceholders: since), null, null);
        }

        field.AllowOnly("yes", "no");
        return new QuestionUnderstood(null, field.Required("yes").Text(["short"], mayOmit: true), field.Required("no").Text(["short"], mayOmit: true));
    }

    /// <summary>The field <c>condition</c> (<c>{"label": {…}, "terms": {"en": […], "zh": […]}}</c>), allowed on a lab question only.</summary>
    private static LabCondition? ReadCondition(DefinitionNode node)
    {
        if (node.Optional("condition") is not { } field)
        {
            return null;
        }

        if (node.Required("kind").Enum<AnswerKind>() is not (AnswerKind.Creatinine or AnswerKind.Proteinuria or AnswerKind.Iga))
        {
            throw field.Error("only a lab question (creatinine, proteinuria, iga) names a condition.");
        }

        field.AllowOnly("label", "terms");
        return new LabCondition(field.Required("label").Text(), Terms(field.Required("terms"), allowEmpty: false));
    }

    private static QuestionSubject? ReadSubject(DefinitionNode node)
    {
        var about = node.Optional("about");
        var contrary = node.Optional("contrary");
        var notCounting = node.Optional("notCounting");
        var countsWhenTreatedWith = node.Optional("countsWhenTreatedWith");
        var noBelowDailyDose = node.Optional("noBelowDailyDose");
        var noOlderThanWeeks = node.Optional("noOlderThanWeeks");
        var noShorterThanDays = node.Optional("noShorterThanDays");
        var asksAboutNow = node.Optional("asksAboutNow");
        var aboutIsTreatment = node.Optional("aboutIsTreatment");
        if (about is null)
        {
            return contrary is null && notCounting is null && countsWhenTreatedWith is null && noBelowDailyDose is null && noOlderThanWeeks is null && noShorterThanDays is null && asksAboutNow is null && aboutIsTreatment is null
                ? null
                : throw node.Error("contrary, notCounting, countsWhenTreatedWith, noBelowDailyDose, noOlderThanWeeks, noShorterThanDays, asksAboutNow and aboutIsTreatment need about.");
        }

        if (node.Required("kind").Enum<AnswerKind>() != AnswerKind.YesNo)
        {
            throw about.Error("only a yes-no question has a subject (about).");
        }

        return new QuestionSubject(Terms(about, allowEmpty: false), contrary is null ? [] : Terms(contrary, allowEmpty: true), notCounting is null ? [] : Terms(notCounting, allowEmpty: true))
        {
            CountsWhenTreatedWith = countsWhenTreatedWith?.Items().Select(item => item.Enum<MedicineClass>()).ToList() ?? [],
            NoBelowDailyDose = noBelowDailyDose is null ? null : DailyDose.FromMgPerDay(noBelowDailyDose.NumberOrLimit()),
            NoOlderThan = noOlderThanWeeks is null ? null : Duration.FromWeeks(noOlderThanWeeks.NumberOrLimit()),
            NoShorterThanDays = noShorterThanDays is null ? null : (int)Math.Ceiling(noShorterThanDays.NumberOrLimit()),
            AsksAboutNow = asksAboutNow?.Flag() ?? false,
            AboutIsTreatment = aboutIsTreatment?.Flag() ?? false,
        };
    }

    /// <summary>A flag allowed on an elapsed-time question only (<c>measuresSinceDiagnosis</c>, <c>measuresCourse</c>).</summary>
    private static bool ReadElapsedFlag(DefinitionNode node, string name, string measures)
    {
        if (node.Optional(name) is not { } field)
        {
            return false;
        }

        return node.Required("kind").Enum<AnswerKind>() == AnswerKind.ElapsedTime
            ? field.Flag()
            : throw field.Error($"only an elapsed-time question measures {measures}.");
    }

    /// <summary>Terms in both languages: <c>{"en": [...], "zh": [...]}</c>, every term non-empty.</summary>
    private static List<string> Terms(DefinitionNode node, bool allowEmpty)
    {
        node.AllowOnly(node.Context.EnglishOnly ? ["en"] : ["en", "zh"]);
        var terms = node.Required("en").Strings(allowEmpty).Concat(node.Context.EnglishOnly ? [] : node.Required("zh").Strings(allowEmpty)).ToList();
        var blank = terms.Any(string.IsNullOrWhiteSpace);
        return blank ? throw node.Error("a term is empty.") : terms;
    }

    private static List<string> ReadCriteria(DefinitionNode node, IReadOnlyList<string> criterionIds)
    {
        var criteria = node.Strings(allowEmpty: true);
        var unknown = criteria.FirstOrDefault(id => !criterionIds.Contains(id, StringComparer.Ordinal));
        return unknown is null ? criteria.ToList() : throw node.Error($"'{unknown}' is not a criterion id.");
    }

    private static AskCondition ReadCondition(DefinitionNode node, List<QuestionDefinition> earlier)
    {
        node.AllowOnly("question", "answerIs", "includesClass");
        var questionNode = node.Required("question");
        var target = earlier.FirstOrDefault(question => question.Id == questionNode.String())
            ?? throw questionNode.Error("a condition can only look at an earlier question.");
        var answerIs = node.Optional("answerIs");
        var includesClass = node.Optional("includesClass");
        return (answerIs, includesClass, target.Kind) switch
        {
            ({ } expected, null, AnswerKind.YesNo) => new AskCondition(target.Id, expected.Flag(), null),
            (null, { } medicineClass, AnswerKind.Medicines) => new AskCondition(target.Id, null, medicineClass.Enum<MedicineClass>()),
            _ => throw node.Error("a condition is either answerIs (on a yes-no question) or includesClass (on a medicines question)."),
        };
    }

    private static ValueRange ReadRange(DefinitionNode node)
    {
        node.AllowOnly("min", "max");
        var range = new ValueRange(node.Required("min").Number(), node.Required("max").Number());
        return range.Min <= range.Max ? range : throw node.Error("min is above max.");
    }
}
