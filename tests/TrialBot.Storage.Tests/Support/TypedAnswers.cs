namespace TrialBot.Storage.Tests.Support;

/// <summary>A plain class of the kind a bot keeps in state: numbers, a list and a nested object.</summary>
public sealed class TypedAnswers
{
    public int Age { get; set; }

    public double Weight { get; set; }

    public List<string> Medicines { get; set; } = [];

    public Dose? Dose { get; set; }
}
