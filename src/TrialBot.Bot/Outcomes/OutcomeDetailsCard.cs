using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// The outcome's details as a collapsible section, for channels that show cards (Web Chat, Teams): an Adaptive Card
/// whose one button shows and hides the per-criterion list (<c>Action.ToggleVisibility</c>, Adaptive Cards 1.2).
/// </summary>
internal static class OutcomeDetailsCard
{
    /// <summary>The id of the hidden container that holds the list.</summary>
    public const string DetailsId = "outcome-details";

    /// <summary>Creates the card.</summary>
    /// <param name="title">The button's title ("Details, point by point").</param>
    /// <param name="lines">The heading and one line per criterion.</param>
    /// <returns>The attachment.</returns>
    public static Attachment Create(string title, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(lines);
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.2",
            ["body"] = new JArray(new JObject
            {
                ["type"] = "Container",
                ["id"] = DetailsId,
                ["isVisible"] = false,
                ["items"] = new JArray(lines.Select((line, index) => new JObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = line,
                    ["wrap"] = true,
                    ["weight"] = index == 0 ? "Bolder" : "Default",
                })),
            }),
            ["actions"] = new JArray(new JObject
            {
                ["type"] = "Action.ToggleVisibility",
                ["title"] = title,
                ["targetElements"] = new JArray(DetailsId),
            }),
        };
        return new Attachment("application/vnd.microsoft.card.adaptive", content: card);
    }
}
