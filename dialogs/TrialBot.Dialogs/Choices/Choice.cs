using Newtonsoft.Json;

namespace TrialBot.Dialogs.Choices;

/// <summary>One answer a person can pick: a stable value for the application, a title to show, and synonyms to accept.</summary>
public sealed class Choice
{
    /// <summary>Initializes a new instance of the <see cref="Choice"/> class.</summary>
    /// <param name="value">The stable value the application reads (not shown unless there is no title).</param>
    /// <param name="title">What the person sees; defaults to <paramref name="value"/>.</param>
    /// <param name="synonyms">Other whole answers that pick this choice.</param>
    [JsonConstructor]
    public Choice(string value, string? title = null, IReadOnlyList<string>? synonyms = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
        Title = string.IsNullOrWhiteSpace(title) ? value : title;
        Synonyms = synonyms ?? [];
    }

    /// <summary>Gets the stable value the application reads.</summary>
    [JsonProperty("value")]
    public string Value { get; }

    /// <summary>Gets what the person sees.</summary>
    [JsonProperty("title")]
    public string Title { get; }

    /// <summary>Gets other whole answers that pick this choice.</summary>
    [JsonProperty("synonyms")]
    public IReadOnlyList<string> Synonyms { get; }
}
