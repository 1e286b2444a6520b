using TrialBot.Screening.Definition.Loading;

namespace TrialBot.Screening.Definition;

/// <summary>
/// Loads a trial definition file (such as <c>trials/NCT05765006.json</c>) and the medicines file it names,
/// validating every field. Call it at start-up: a bad file fails the start with a <see cref="TrialDefinitionException"/>
/// that names the file, the JSON path of the bad field and what is wrong.
/// </summary>
public static class TrialDefinitionLoader
{
    /// <summary>The schema version of definition files this code reads.</summary>
    public const int SchemaVersion = 1;

    private static readonly string[] Fields =
        ["schemaVersion", "id", "languages", "title", "description", "sponsor", "phase", "medicines", "criteria", "questions", "sites", "faq", "texts", "precall"];

    /// <summary>The definition in the file at <paramref name="path"/>.</summary>
    /// <exception cref="TrialDefinitionException">The file, or its medicines file, is missing or invalid.</exception>
    public static TrialDefinition Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = DefinitionFile.Parse(path);
        root.AllowOnly(Fields);
        var versionNode = root.Required("schemaVersion");
        if (versionNode.Number() != SchemaVersion)
        {
            throw versionNode.Error($"this code reads schema version {SchemaVersion}.");
        }

        var languages = ReadLanguages(root);
        root.Context.EnglishOnly = !languages.Contains("zh");
        var medicinesNode = root.Required("medicines");
        var medicinesPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, medicinesNode.String());
        var medicines = MedicinesReader.Read(medicinesPath);

        // Criteria first: their thresholds and examples are placeholders in the texts read after them.
        var (criteria, rules) = CriteriaReader.Read(root.Required("criteria"));
        var questions = QuestionsReader.Read(root.Required("questions"), criteria.Select(criterion => criterion.Id).ToList());
        foreach (var rule in rules)
        {
            rule.Check(questions);
        }

        var facts = new TrialFacts(
            root.Required("id").String(),
            root.Required("title").Text(),
            root.Required("description").Text(),
            root.Required("sponsor").String(),
            root.Required("phase").Text());
        return new TrialDefinition(
            facts,
            criteria,
            questions,
            SitesReader.Read(root.Required("sites")),
            FaqReader.Read(root.Required("faq")),
            TextsReader.Read(root.Required("texts")),
            medicines)
        {
            PreCall = PreCallReader.Read(root.Optional("precall")),
            Languages = languages,
            ConsentQuestionId = rules.Select(rule => rule.ConsentQuestionId).FirstOrDefault(id => id is not null),
            AgeAtSigning = rules.SelectMany(rule => rule.AgeRules)
                .Where(age => age.CountedAtSigning)
                .Select(age => new AgeAtSigning(age.QuestionId, age.AtLeastYears, age.AtMostYears))
                .FirstOrDefault(),
        };
    }

    /// <summary>The languages the file's texts are in: <c>["en", "zh"]</c> when not given; English always.</summary>
    private static IReadOnlyList<string> ReadLanguages(DefinitionNode root)
    {
        if (root.Optional("languages") is not { } node)
        {
            return ["en", "zh"];
        }

        var languages = node.Strings();
        var unknown = languages.FirstOrDefault(language => language is not ("en" or "zh"));
        return unknown is not null ? throw node.Error($"'{unknown}' is not a language of the bot; expected en, zh or both.")
            : !languages.Contains("en") ? throw node.Error("every trial has its texts in English (en).")
            : languages;
    }
}
