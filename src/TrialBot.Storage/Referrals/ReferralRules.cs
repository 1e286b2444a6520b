namespace TrialBot.Storage.Referrals;

/// <summary>What every referral store requires of a referral before storing it.</summary>
internal static class ReferralRules
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the first missing field.</summary>
    /// <param name="referral">The referral.</param>
    public static void Check(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (FirstMissingField(referral) is { } field)
        {
            throw new ArgumentException($"The referral's {field} is missing.", nameof(referral));
        }

        if (string.IsNullOrWhiteSpace(referral.ContactPhone) && string.IsNullOrWhiteSpace(referral.ContactEmail))
        {
            throw new ArgumentException(
                $"A referral needs {nameof(Referral.ContactPhone)} or {nameof(Referral.ContactEmail)}.", nameof(referral));
        }
    }

    private static string? FirstMissingField(Referral referral)
    {
        if (referral.Id == Guid.Empty)
        {
            return nameof(Referral.Id);
        }

        if (referral.CriterionResults is null)
        {
            return nameof(Referral.CriterionResults);
        }

        (string Name, string Value)[] required =
        [
            (nameof(Referral.OutcomeId), referral.OutcomeId),
            (nameof(Referral.SiteId), referral.SiteId),
            (nameof(Referral.ContactName), referral.ContactName),
            (nameof(Referral.Locale), referral.Locale),
            (nameof(Referral.ChannelId), referral.ChannelId),
            (nameof(Referral.ConversationKeyHash), referral.ConversationKeyHash),
        ];
        return required.FirstOrDefault(field => string.IsNullOrWhiteSpace(field.Value)).Name;
    }
}
