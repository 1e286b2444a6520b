namespace TrialBot.Screening.Answers;

/// <summary>How a corticosteroid dose is given. The listing's dose limits are for <em>oral</em> corticosteroids.</summary>
public enum DoseRoute
{
    /// <summary>The answer does not say (stored answers written before the route existed read so too).</summary>
    Unstated = 0,

    /// <summary>By mouth: tablets ("pred 10 mg tablets", 口服, 片).</summary>
    Oral,

    /// <summary>An injection or a drip (Solu-Medrol, Depo-Medrol, Kenalog, IV, 静脉, 打针, 输液).</summary>
    Injected,
}
