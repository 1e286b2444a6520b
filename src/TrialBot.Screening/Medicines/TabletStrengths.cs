namespace TrialBot.Screening.Medicines;

/// <summary>The strengths, in mg, a medicine's tablets are sold in where people who write each language buy them.</summary>
/// <param name="En">Where people write in English (every common strength).</param>
/// <param name="Zh">Where people write in Chinese (the strengths on the Chinese market).</param>
public sealed record TabletStrengths(IReadOnlyList<double> En, IReadOnlyList<double> Zh)
{
    /// <summary>No strengths known.</summary>
    public static TabletStrengths None { get; } = new([], []);

    /// <summary>The strengths for an answer in Chinese (<paramref name="chinese"/>) or in English.</summary>
    public IReadOnlyList<double> For(bool chinese) => chinese ? Zh : En;
}
