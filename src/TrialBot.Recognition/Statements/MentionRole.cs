namespace TrialBot.Recognition.Statements;

/// <summary>What a term of a yes/no question's subject stands for.</summary>
internal enum MentionRole
{
    /// <summary>What the question asks about: affirming it answers yes ("stroke", 透析, "kidney transplant").</summary>
    About = 0,

    /// <summary>The contrary of what is asked: affirming it answers no ("under control" when asked whether lupus is active).</summary>
    Contrary,

    /// <summary>A qualifier under which the thing asked about does not count ("from lupus" for a brain condition not
    /// caused by lupus, "skin lupus" for systemic lupus, "only lupus" for another autoimmune disease).</summary>
    NotCounting,

    /// <summary>A treatment under which the thing asked about counts ("methotrexate", 来氟米特 for another autoimmune
    /// disease): a <see cref="NotCounting"/> qualifier of its clause ("on insulin") then takes nothing out.</summary>
    Counting,
}
