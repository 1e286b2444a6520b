namespace TrialBot.Screening.Medicines;

/// <summary>Whether a person takes a medicine they named now, took it before, is about to start it, or does not know.</summary>
public enum MedicineStatus
{
    /// <summary>Taken now (the default: a medicine named without a word of time).</summary>
    Current = 0,

    /// <summary>Taken before and stopped ("stopped methotrexate", "used to take", 停了, 以前吃过).</summary>
    Stopped,

    /// <summary>Not started yet ("going to start belimumab", 准备用).</summary>
    Planned,

    /// <summary>
    /// Named, but whether it is taken now the person does not know ("not sure if she takes it", 不知道她到底有没有在吃): it
    /// counts neither for nor against a rule, which is then not known.
    /// </summary>
    Uncertain,
}
