namespace TrialBot.Recognition.Statements;

/// <summary>How sure a person says they are.</summary>
internal enum Hedge
{
    /// <summary>Leaning to yes ("I think so", "probably", 应该, 好像): alone a yes to confirm, with a polarity that polarity to confirm.</summary>
    Leaning = 0,

    /// <summary>Leaning to no ("I don't think so", "probably not", 应该没有): a no to confirm.</summary>
    LeaningNo,

    /// <summary>Undecided ("maybe", "possibly", 可能): alone unsure, with a polarity that polarity to confirm.</summary>
    Undecided,

    /// <summary>Never checked ("never tested", 没查过): the person cannot know.</summary>
    NeverChecked,

    /// <summary>A result still awaited ("waiting on results", 在等结果): a no said beside it stands, anything else is unsure.</summary>
    Pending,

    /// <summary>
    /// Never settled whether it is so ("never said if it was the lupus or not", 没说清楚是不是狼疮引起的, 一直没定论): unsure,
    /// whatever else is said, for what was left open is what decides the answer.
    /// </summary>
    Unsettled,
}
