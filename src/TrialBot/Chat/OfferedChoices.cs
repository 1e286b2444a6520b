namespace TrialBot.Host.Chat;

/// <summary>
/// The choices (suggested actions and card buttons) the bot offered in its latest turn, numbered from 1. Typing a
/// number from the list sends that choice's value, as clicking the button would on a channel with buttons.
/// </summary>
internal sealed class OfferedChoices
{
    private readonly List<string> values = [];

    /// <summary>Adds a choice and returns its number.</summary>
    public int Add(string value)
    {
        values.Add(value);
        return values.Count;
    }

    public void Clear() => values.Clear();

    /// <summary>The value of the choice numbered by <paramref name="line"/>, or null when the line is not such a number.</summary>
    public string? Resolve(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return int.TryParse(line.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= values.Count
            ? values[number - 1]
            : null;
    }
}
