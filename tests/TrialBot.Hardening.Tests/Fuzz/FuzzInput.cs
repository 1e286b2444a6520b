namespace TrialBot.Hardening.Tests.Fuzz;

/// <summary>One utterance thrown at a question, with the family it comes from (for the figures).</summary>
internal sealed record FuzzInput(string Category, string Text)
{
    /// <summary>A short printable description (category, length, start escaped) for failure messages.</summary>
    public override string ToString()
    {
        var start = Text.Length > 60 ? Text[..60] + "…" : Text;
        var escaped = string.Concat(start.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c == '\u202e' ? $"\\u{(int)c:x4}" : c.ToString()));
        return $"{Category} ({Text.Length} chars) \"{escaped}\"";
    }
}
