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

    /// <summary>
    /// Whether the figure is the value or a bound it lies beyond ("&lt;5 mg/dL" from a lab slip): a bound decides a limit only
    /// when the whole side of it lies on one side of the limit. With a range's upper end, <see cref="LabBound.Above"/> says the
    /// lower end is not included ("80多").
    /// </summary>
    public LabBound Bound { get; init; }
}
