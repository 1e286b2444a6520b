namespace TrialBot.Recognition.Answers;

/// <summary>What a phrase of a yes/no answer says.</summary>
internal enum Polarity
{
    /// <summary>Says nothing either way; listed so that it is consumed whole ("对不起" is "sorry", not "对" yes).</summary>
    Neutral = 0,

    /// <summary>A clear yes ("yes", "sure", "of course", 是, 好的, 同意).</summary>
    Yes,

    /// <summary>A yes that a negation anywhere in the answer overrides ("I have" in "I have never", 嗯 in "嗯，没有").</summary>
    WeakYes,

    /// <summary>A no ("no", "never", "none of those", "not that I know of", 没有, 不是).</summary>
    No,
}
