namespace TrialBot.Screening.Answers;

/// <summary>Where the person lives: their words and, when recognised, a city id.</summary>
public sealed record LocationAnswer : Answer
{
    /// <summary>The place <paramref name="text"/> as the person gave it, with the recognised <paramref name="cityId"/>.</summary>
    /// <param name="text">The person's words.</param>
    /// <param name="cityId">The recognised city id, or null when not recognised or abroad.</param>
    public LocationAnswer(string text, string? cityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
        CityId = cityId;
    }

    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Location;

    /// <summary>The place as the person gave it.</summary>
    public string Text { get; }

    /// <summary>The recognised city id, or null for a place not recognised.</summary>
    public string? CityId { get; }
}
