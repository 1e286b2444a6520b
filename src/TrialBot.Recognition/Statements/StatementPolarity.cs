namespace TrialBot.Recognition.Statements;

/// <summary>What an answer states about a yes/no question's subject.</summary>
internal enum StatementPolarity
{
    /// <summary>Nothing about the subject (no term of it is named).</summary>
    None = 0,

    /// <summary>Affirms it ("I had a stroke", "epilepsy, not from lupus").</summary>
    Yes,

    /// <summary>Denies it ("no transplant", 没做过透析, "only skin lupus").</summary>
    No,

    /// <summary>Both affirms and denies it.</summary>
    Mixed,

    /// <summary>Affirms it as past and denies it now, said in that order ("had hemolytic anemia in 2022 but its resolved").</summary>
    NoNow,

    /// <summary>Denies it as past and affirms it now, said in that order ("it was called uctd before, now they say sle").</summary>
    YesNow,
}
