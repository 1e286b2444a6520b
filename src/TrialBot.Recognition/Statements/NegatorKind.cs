namespace TrialBot.Recognition.Statements;

/// <summary>What a word of negation or judgement does to the terms of its clause.</summary>
internal enum NegatorKind
{
    /// <summary>Denies the terms that follow it in its clause, or else those before it ("no transplant", "透析没做过").</summary>
    Plain = 0,

    /// <summary>Says a thing is well ("kidneys are fine", 肾功能正常): denies a problem named just before it.</summary>
    Good,

    /// <summary>Says a thing is not well ("not good", 不太好, "poorly"): denies a contrary term just before it ("控制得不好"),
    /// affirms a problem; never a plain negation.</summary>
    Bad,

    /// <summary>Consumed and ignored ("no problems since", "not long ago").</summary>
    Neutral,
}
