using System.Text.RegularExpressions;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>Reads the optional <c>precall</c> array: each question the study team asks first, with an id, a label, a
/// text and optionally a short text, in both languages.</summary>
internal static partial class PreCallReader
{
    /// <summary>The questions in asking order; none when the section is absent.</summary>
    public static IReadOnlyList<PreCallQuestion> Read(DefinitionNode? precallNode)
    {
        if (precallNode is null)
        {
            return [];
        }

        var questions = new List<PreCallQuestion>();
        foreach (var node in precallNode.Items())
        {
            node.AllowOnly("id", "label", "text", "short");
            var idNode = node.Required("id");
            var id = idNode.String();
            if (!IdPattern().IsMatch(id))
            {
                throw idNode.Error($"'{id}' is no pre-call id: use lower-case letters, digits and dashes.");
            }

            if (questions.Any(question => question.Id == id))
            {
                throw idNode.Error($"the pre-call question '{id}' is defined twice.");
            }

            questions.Add(new PreCallQuestion(id, node.Required("label").Text(), node.Required("text").Text())
            {
                ShortText = node.Optional("short")?.Text(),
            });
        }

        return questions;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
