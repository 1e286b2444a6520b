using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Scoring.Rules;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// Reads a criterion's <c>rules</c> array: the parts of the criterion in the rule vocabulary (<c>agreement</c>,
/// <c>yes-no</c>, <c>age-range</c>, <c>elapsed</c>, <c>lab</c>, <c>score</c>, <c>medicines</c>, <c>daily-dose</c>,
/// <c>high-dose-course</c>). Each part names its question, its limits as typed references to the criterion's
/// thresholds (<c>{"months": "historyAtLeastMonths"}</c>) and the reason keys it gives. Questions are checked against
/// their declared answer kinds once the questions are read (<see cref="RuleDeclaration.Check"/>).
/// </summary>
internal static class RulesReader
{
    /// <summary>The criterion's rule and the reason keys it gives, with the run-time placeholders each key's texts carry.</summary>
    public static RuleDeclaration Read(DefinitionNode criterion, string criterionId)
    {
        var thresholds = ThresholdsReader.Read(criterion, criterionId);
        var declaration = new RuleDeclaration(criterionId)
        {
            Thresholds = thresholds.ToDictionary(entry => entry.Key, entry => entry.Value.Value, StringComparer.Ordinal),
        };
        var limits = new Limits(thresholds);
        var parts = criterion.Required("rules").Items().Select(node => ReadPart(node, limits, declaration)).ToList();
        declaration.Rule = new CompositeRule(parts);
        return declaration;
    }

    private static ICriterionRule ReadPart(DefinitionNode node, Limits limits, RuleDeclaration declaration)
    {
        var kind = node.Required("kind").String();
        var question = node.Required("question");
        var questionId = question.String();
        switch (kind)
        {
            case "agreement":
            case "yes-no":
                node.AllowOnly("kind", "question", "passWhen", "otherAnswer", "fail", "open", "unknown");
                declaration.Expect(question, AnswerKind.YesNo);
                var otherAnswer = node.Optional("otherAnswer")?.String() ?? "fail";
                if (otherAnswer is not ("fail" or "open") || (otherAnswer == "open" && kind == "agreement"))
                {
                    throw node.Required("otherAnswer").Error("expected 'fail' (the other answer fails) or 'open' (it leaves the criterion to the study team); an agreement always fails.");
                }

                var opens = otherAnswer == "open";
                return new YesNoRule(
                    questionId,
                    node.Required("passWhen").Flag(),
                    Keys(node, declaration, opens ? ("open", null, null) : ("fail", "fail", null), ("unknown", "unknown", null)),
                    declines: kind == "agreement",
                    opensOnOther: opens);
            case "age-range":
                node.AllowOnly("kind", "question", "atLeast", "atMost", "countedAtSigning", "fail", "unknown", "justUnder", "atUpperLimit");
                declaration.Expect(question, AnswerKind.Age);
                var countedAtSigning = node.Optional("countedAtSigning")?.Flag() ?? false;
                var atLeastYears = limits.Read(node.Required("atLeast"), "years");
                var atMostYears = node.Optional("atMost") is { } atMost ? limits.Read(atMost, "years") : (double?)null;
                if (atMostYears < atLeastYears)
                {
                    throw node.Required("atMost").Error("the oldest age is below the youngest.");
                }

                return new AgeRule(
                    questionId,
                    atLeastYears,
                    atMostYears,
                    countedAtSigning,
                    Keys(node, declaration, ("fail", "fail", null), ("unknown", "unknown", null), countedAtSigning ? ("justUnder", null, "givenAge") : default, countedAtSigning && atMostYears is not null ? ("atUpperLimit", null, "givenAge") : default));
            case "elapsed":
                node.AllowOnly("kind", "question", "atLeast", "moreThan", "fail", "unknown");
                declaration.Expect(question, AnswerKind.ElapsedTime);
                var strictlyMore = node.Optional("moreThan") is not null;
                var duration = limits.Duration(strictlyMore ? node.Required("moreThan") : node.Required("atLeast"));
                return new ElapsedRule(questionId, duration, strictlyMore, Keys(node, declaration, ("fail", "fail", null), ("unknown", "unknown", null)));
            case "lab":
                node.AllowOnly("kind", "question", "moreThan", "lessThan", "fail", "unknown");
                var failAbove = node.Optional("moreThan") is not null;
                var labLimits = (failAbove ? node.Required("moreThan") : node.Required("lessThan")).Items().Select(limits.Lab).ToList();
                declaration.ExpectLab(question, labLimits.Select(limit => limit.Unit).ToList());
                return new LabRule(questionId, labLimits, failAbove, Keys(node, declaration, ("fail", "fail", null), ("unknown", "unknown", null)));
            case "score":
                node.AllowOnly("kind", "question", "atLeast", "below", "unknown");
                declaration.Expect(question, AnswerKind.Number);
                return new ScoreRule(questionId, limits.Read(node.Required("atLeast"), "score"), Keys(node, declaration, ("below", null, "score"), ("unknown", "unknown", null)));
            case "medicines":
                node.AllowOnly("kind", "question", "atLeast", "classes", "medicines", "taken", "eachTriedFor", "within", "fail", "unknown", "notCounted");
                declaration.Expect(question, AnswerKind.Medicines);
                var count = node.Required("atLeast").Number();
                if (count < 1 || count != Math.Floor(count))
                {
                    throw node.Required("atLeast").Error("expected a whole number of medicines, 1 or more.");
                }

                var taken = node.Optional("taken")?.String() ?? "now";
                if (taken is not ("now" or "ever"))
                {
                    throw node.Required("taken").Error("expected 'now' (taken now) or 'ever' (taken now or before).");
                }

                // The frame of "each tried for at least D within W": quoted by the question, confirmed from the record; a
                // medicine said to fall outside it is not counted.
                var triedFor = node.Optional("eachTriedFor") is { } triedForNode ? limits.Duration(triedForNode) : (Duration?)null;
                var within = node.Optional("within") is { } withinNode ? limits.Duration(withinNode) : (Duration?)null;
                var course = triedFor is null && within is null ? null : new MedicinesCourse(triedFor, within);
                if (course is null && node.Optional("notCounted") is { } notCounted)
                {
                    throw notCounted.Error("'notCounted' is the reason of medicines said to fall outside eachTriedFor or within; the rule gives neither.");
                }
                var classes = node.Optional("classes")?.Items().Select(item => item.Enum<MedicineClass>()).ToList() ?? [];
                var medicineIds = node.Optional("medicines")?.Strings().ToList() ?? [];
                if (classes.Count == 0 && medicineIds.Count == 0)
                {
                    throw node.Error("a medicines rule names classes, medicines or both.");
                }

                return new MedicinesRule(
                    questionId,
                    (int)count,
                    classes,
                    medicineIds,
                    taken == "now",
                    course,
                    Keys(node, declaration, ("fail", "fail", null), ("unknown", "unknown", null), course is null ? default : ("notCounted", null, MedicinesRule.NotCountedPlaceholder)));
            case "daily-dose":
                return ReadDailyDose(node, question, limits, declaration);
            case "high-dose-course":
                node.AllowOnly("kind", "question", "atLeast", "courseAtLeast", "fail", "courseUnknown");
                declaration.Expect(question, AnswerKind.Dose);
                return new HighDoseCourseRule(
                    questionId,
                    limits.Read(node.Required("atLeast"), "mg-per-day"),
                    limits.Duration(node.Required("courseAtLeast")).Days,
                    Keys(node, declaration, ("fail", "fail", null), ("courseUnknown", null, "dose")));
            default:
                throw node.Required("kind").Error($"'{kind}' is not a rule kind; expected one of: agreement, yes-no, age-range, elapsed, lab, score, medicines, daily-dose, high-dose-course.");
        }
    }

    private static DailyDoseRule ReadDailyDose(DefinitionNode node, DefinitionNode question, Limits limits, RuleDeclaration declaration)
    {
        node.AllowOnly(
            "kind", "question", "atLeast", "atMost", "oralDailyOnly", "medicinesQuestion", "noMinimumWhileTaking", "minimumOpenWhileTaking", "contestedMargin",
            "high", "low", "unknown", "notOral", "contested", "lowOpen", "treatmentUnknown");
        declaration.Expect(question, AnswerKind.Dose);
        var atLeast = node.Optional("atLeast") is { } least ? limits.Read(least, "mg-per-day") : (double?)null;
        var atMost = node.Optional("atMost") is { } most ? limits.Read(most, "mg-per-day") : (double?)null;
        if (atLeast > atMost)
        {
            throw node.Required("atMost").Error("the highest dose is below the lowest.");
        }

        var medicinesQuestion = node.Optional("medicinesQuestion");
        var noMinimum = node.Optional("noMinimumWhileTaking")?.Enum<MedicineClass>();
        var minimumOpen = node.Optional("minimumOpenWhileTaking")?.Enum<MedicineClass>();
        if (medicinesQuestion is null && (noMinimum is not null || minimumOpen is not null))
        {
            throw node.Error("a condition on the medicines taken needs medicinesQuestion.");
        }

        if (medicinesQuestion is not null)
        {
            declaration.Expect(medicinesQuestion, AnswerKind.Medicines);
        }

        var margin = node.Optional("contestedMargin") is { } marginNode ? limits.Fraction(marginNode) : 0;
        var conditions = new DoseConditions(node.Optional("oralDailyOnly")?.Flag() ?? false, medicinesQuestion?.String(), noMinimum, minimumOpen, margin);
        var keys = Keys(
            node,
            declaration,
            ("unknown", "unknown", null),
            atMost is not null ? ("high", null, null) : default,
            atLeast is not null ? ("low", null, null) : default,
            conditions.OralDailyOnly ? ("notOral", null, "dose") : default,
            margin > 0 ? ("contested", null, null) : default,
            minimumOpen is not null ? ("lowOpen", null, null) : default,
            noMinimum is not null ? ("treatmentUnknown", null, null) : default);
        return new DailyDoseRule(question.String(), atLeast, atMost, conditions, keys);
    }

    /// <summary>The reason keys of the roles a part gives: each role's key from the part's field of that name, else the default (required when none).</summary>
    private static RuleReasons Keys(DefinitionNode node, RuleDeclaration declaration, params (string? Role, string? Default, string? Placeholder)[] roles)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, fallback, placeholder) in roles)
        {
            if (role is null)
            {
                continue;
            }

            var key = node.Optional(role)?.String() ?? fallback ?? throw node.Error($"the reason key for '{role}' is missing.");
            keys[role] = key;
            declaration.Reason(key, placeholder);
        }

        return new RuleReasons(keys);
    }

    /// <summary>The criterion's thresholds as typed limits: <c>{"unit": "thresholdName"}</c>, the unit saying what the number is.</summary>
    private sealed class Limits(IReadOnlyDictionary<string, (double Value, DefinitionNode Node)> thresholds)
    {
        private static readonly string[] DurationUnits = ["years", "months", "weeks", "days"];

        /// <summary>The threshold named by <paramref name="node"/> in <paramref name="unit"/>.</summary>
        public double Read(DefinitionNode node, string unit)
        {
            var (givenUnit, value) = Reference(node);
            return givenUnit == unit ? value : throw node.Error($"expected a limit in {unit}, found {givenUnit}.");
        }

        /// <summary>A length of time: <c>{"months": name}</c>, weeks, days or years.</summary>
        public Duration Duration(DefinitionNode node)
        {
            var (unit, value) = Reference(node);
            return unit switch
            {
                "years" => Quantities.Duration.FromYears(value),
                "months" => Quantities.Duration.FromMonths(value),
                "weeks" => Quantities.Duration.FromWeeks(value),
                "days" => Quantities.Duration.FromDays(value),
                _ => throw node.Error($"expected a length of time in one of: {string.Join(", ", DurationUnits)}; found {unit}."),
            };
        }

        /// <summary>A lab limit with its unit.</summary>
        public (string Unit, double Value) Lab(DefinitionNode node)
        {
            var (unit, value) = Reference(node);
            return LabUnit.All.Contains(unit) ? (unit, value) : throw node.Error($"expected a lab unit, one of: {string.Join(", ", LabUnit.All)}; found {unit}.");
        }

        /// <summary>A fraction below 1: <c>{"fraction": name}</c>.</summary>
        public double Fraction(DefinitionNode node)
        {
            var value = Read(node, "fraction");
            return value < 1 ? value : throw thresholds[Name(node)].Node.Error($"expected a fraction below 1, found {value}.");
        }

        private (string Unit, double Value) Reference(DefinitionNode node)
        {
            var properties = node.Properties();
            if (properties.Count != 1)
            {
                throw node.Error("a limit is one field, its unit, naming a threshold of the criterion: {\"months\": \"historyAtLeastMonths\"}.");
            }

            var name = properties[0].Value.String();
            if (!thresholds.TryGetValue(name, out var threshold))
            {
                throw properties[0].Value.Error($"the criterion has no threshold '{name}'; expected one of: {string.Join(", ", thresholds.Keys)}.");
            }

            return (properties[0].Name, threshold.Value);
        }

        private static string Name(DefinitionNode node) => node.Properties()[0].Value.String();
    }
}
