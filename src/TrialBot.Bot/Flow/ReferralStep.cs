namespace TrialBot.Bot.Flow;

/// <summary>The questions of the referral, in order (stored by name in the referral dialog's values).</summary>
internal enum ReferralStep
{
    /// <summary>May the study team make contact.</summary>
    Consent,

    /// <summary>Which site (only when several apply).</summary>
    Site,

    /// <summary>The person's name.</summary>
    Name,

    /// <summary>The person's phone or e-mail.</summary>
    Contact,

    /// <summary>On SMS: may the study team use the number the messages come from.</summary>
    ContactOffer,
}
