using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>A word that says whether a medicine is taken ("stopped", "used to", 停了, "now", "no"), and which way it reaches.</summary>
/// <param name="Status">The status it gives, or null for a negation (the medicine is not taken at all).</param>
/// <param name="Reach">Which medicines of its clause it applies to.</param>
internal readonly record struct StatusCue(MedicineStatus? Status, CueReach Reach);

/// <summary>Which medicines of its clause a status word applies to.</summary>
internal enum CueReach
{
    /// <summary>Those after it ("stopped methotrexate", "used to take", 以前吃过, "no steroids"), or when none follows, those before it.</summary>
    Either = 0,

    /// <summary>Only those after it ("off steroids", "going to start").</summary>
    Forward,

    /// <summary>Only those before it ("methotrexate in the past", 甲氨蝶呤不吃了).</summary>
    Backward,
}
