namespace TrialBot.Hardening.Tests.Fuzz;

/// <summary>What fuzzing one question in one language gave: how many inputs, how they were answered, the slowest turn.</summary>
internal sealed class QuestionFigures(string questionId, string language)
{
    public string QuestionId { get; } = questionId;

    public string Language { get; } = language;

    public int Tried { get; private set; }

    public int Reasked { get; private set; }

    public int Advanced { get; private set; }

    public TimeSpan Slowest { get; private set; }

    public FuzzInput? SlowestInput { get; private set; }

    public void Record(FuzzInput input, bool reasked, TimeSpan elapsed)
    {
        Tried++;
        if (reasked)
        {
            Reasked++;
        }
        else
        {
            Advanced++;
        }

        if (elapsed > Slowest)
        {
            Slowest = elapsed;
            SlowestInput = input;
        }
    }

    public override string ToString() =>
        $"| {Language} | {QuestionId} | {Tried} | {Advanced} | {Reasked} | {Slowest.TotalMilliseconds:0.0} | {SlowestInput?.Category} ({SlowestInput?.Text.Length} chars) |";
}
