namespace TrialBot.Screening.Medicines;

/// <summary>
/// The classes of the standard SLE regimen that the listing names (inclusion criterion 4): corticosteroids,
/// antimalarials, NSAIDs, and other immunosuppressants or immunomodulators.
/// </summary>
public enum MedicineClass
{
    /// <summary>A medicine outside the standard regimen's classes.</summary>
    Other = 0,

    /// <summary>A corticosteroid (prednisone and its equivalents).</summary>
    Corticosteroid,

    /// <summary>An antimalarial (hydroxychloroquine, chloroquine). Not an immunosuppressant for the steroid-minimum waiver.</summary>
    Antimalarial,

    /// <summary>A non-steroidal anti-inflammatory drug.</summary>
    Nsaid,

    /// <summary>An immunosuppressant or immunomodulator (azathioprine, mycophenolate, cyclophosphamide, methotrexate, …).</summary>
    Immunosuppressant,
}
