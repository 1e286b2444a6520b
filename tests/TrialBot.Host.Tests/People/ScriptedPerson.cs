using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialBot.Host.Tests.People;

/// <summary>
/// One person of <c>tests/people</c>: who they are, how they answer each question (a first answer, then what they say
/// when the same question is asked again), how they answer a confirmation, and the outcome the trial listing gives for
/// their true profile.
/// </summary>
internal sealed record ScriptedPerson
{
    public required string Id { get; init; }

    /// <summary>"en" or "zh".</summary>
    public required string Language { get; init; }

    /// <summary>"webchat", "msteams" or "sms": the activity's channelId.</summary>
    public required string Channel { get; init; }

    /// <summary>The true profile, in a sentence or two.</summary>
    public required string Profile { get; init; }

    /// <summary>"likely-eligible", "likely-ineligible" or "needs-review", from the listing and the profile only.</summary>
    public required string Expected { get; init; }

    /// <summary>Which criterion decides the expected outcome, and why.</summary>
    public required string Why { get; init; }

    /// <summary>Per question id: the first answer, then the answers to each re-ask.</summary>
    public required Dictionary<string, string[]> Answers { get; init; }

    /// <summary>Per question id: what the person says to <c>&lt;id&gt;.confirm</c> when it says back what they meant.</summary>
    public Dictionary<string, string> Confirm { get; init; } = [];

    /// <summary>
    /// Per question id: strings of which the confirmation must contain one for the person to recognise their answer; if
    /// it contains none, the person says no (and gives their next answer when asked again).
    /// </summary>
    public Dictionary<string, string[]> Understood { get; init; } = [];

    /// <summary>
    /// Per yes/no question id: the truth ("yes", "no" or "unknown"). A confirmation that says back the other polarity is
    /// answered no; one about something the person does not know is answered "not sure".
    /// </summary>
    public Dictionary<string, string> Truths { get; init; } = [];

    /// <summary>Question ids whose first answer is vague on purpose (a re-ask is expected there).</summary>
    public string[] Vague { get; init; } = [];

    /// <summary>The criterion ids (I1..I6, E1..E6) whose status decides the expected outcome (fail or unknown).</summary>
    public string[] Decides { get; init; } = [];

    /// <summary>Set when the person is known to get a wrong pass today: why; the safety assertion then skips them.</summary>
    public string? KnownFailure { get; init; }

    public string Locale => Language == "zh" ? "zh-CN" : "en-US";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Every person in <paramref name="folder"/> (one JSON file each), ordered by id.</summary>
    public static IReadOnlyList<ScriptedPerson> LoadAll(string folder) =>
        Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(path => JsonSerializer.Deserialize<ScriptedPerson>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException("empty person file " + path))
            .OrderBy(person => person.Id, StringComparer.Ordinal)
            .ToList();
}
