namespace TrialBot.Screening.Answers;

/// <summary>
/// A laboratory value with its unit: <see cref="CreatinineAnswer"/>, <see cref="ProteinuriaAnswer"/> or
/// <see cref="IgaAnswer"/>.
/// </summary>
public abstract record LabAnswer : Answer
{
    private protected LabAnswer()
    {
    }
}
