namespace TrialBot.Screening.Medicines;

/// <summary>Whether a person takes a medicine they named now, took it before, or is about to start it.</summary>
public enum MedicineStatus
{
    /// <summary>Taken now (the default: a medicine named without a word of time).</summary>
    Current = 0,

    /// <summary>Taken before and stopped ("stopped methotrexate", "used to take", 停了, 以前吃过).</summary>
    Stopped,

    /// <summary>Not started yet ("going to start belimumab", 准备用).</summary>
    Planned,
}
