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

    /// <summary>Checks the referral and returns it as stored: contact details normalised, the person key set, the
    /// history empty (it grows only through status changes and notes).</summary>
    /// <param name="referral">The referral.</param>
    /// <returns>The referral to store.</returns>
    public static Referral Prepare(Referral referral)
    {
        Check(referral);
        if (!ReferralWorkflow.IsStatus(referral.Status))
        {
            throw new ArgumentException($"'{referral.Status}' is not a referral status.", nameof(referral));
        }

        var phone = ContactNormalizer.Phone(referral.ContactPhone);
        var email = ContactNormalizer.Email(referral.ContactEmail);
        return referral with
        {
            ContactPhone = phone,
            ContactEmail = email,
            PersonKey = ContactNormalizer.PersonKey(phone, email),
            Details = referral.Details ?? ReferralDetails.Empty,
            History = [],
        };
    }

    /// <summary>Throws <see cref="ArgumentException"/> for an unknown status or a missing reason.</summary>
    /// <param name="change">The change.</param>
    public static void Check(StatusChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!ReferralWorkflow.IsStatus(change.ToStatus))
        {
            throw new ArgumentException($"'{change.ToStatus}' is not a referral status; use one of {string.Join(", ", ReferralStatuses.All)}.", nameof(change));
        }

        if (ReferralWorkflow.NeedReason.Contains(change.ToStatus) && string.IsNullOrWhiteSpace(change.Note))
        {
            throw new ArgumentException($"A change to '{change.ToStatus}' needs a note saying why.", nameof(change));
        }

        if (string.IsNullOrWhiteSpace(change.Actor))
        {
            throw new ArgumentException("A status change needs the actor.", nameof(change));
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless the entry is a note or contact attempt with text and an actor.</summary>
    /// <param name="entry">The entry.</param>
    public static void Check(ReferralEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!ReferralEventKinds.Added.Contains(entry.Kind, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{entry.Kind}' is not a kind of entry that can be added; use one of {string.Join(", ", ReferralEventKinds.Added)}.", nameof(entry));
        }

        if (string.IsNullOrWhiteSpace(entry.Note) && entry.Kind == ReferralEventKinds.Note)
        {
            throw new ArgumentException("A note needs its text.", nameof(entry));
        }

        if (string.IsNullOrWhiteSpace(entry.Actor))
        {
            throw new ArgumentException("An entry needs the actor.", nameof(entry));
        }
    }

    /// <summary>Why the workflow refuses a change.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The requested status.</param>
    /// <returns>A sentence naming the allowed next statuses.</returns>
    public static string Refusal(string from, string to)
    {
        var next = ReferralWorkflow.Transitions.GetValueOrDefault(from) ?? [];
        return next.Count == 0
            ? $"A referral that is '{from}' is closed: it cannot change to '{to}'."
            : $"A referral that is '{from}' cannot change to '{to}'; it can change to {string.Join(", ", next)}.";
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
