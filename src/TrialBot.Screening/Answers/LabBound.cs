namespace TrialBot.Screening.Answers;

/// <summary>How a lab value was said: as the value, or as a bound the value lies beyond ("IgA &lt;5 mg/dL", 肌酐低于80).</summary>
public enum LabBound
{
    /// <summary>The value itself.</summary>
    Exact = 0,

    /// <summary>Below the figure said ("&lt;5", "less than 5", 低于5).</summary>
    Below,

    /// <summary>Above the figure said ("&gt;3", "over 3", 高于3).</summary>
    Above,
}
