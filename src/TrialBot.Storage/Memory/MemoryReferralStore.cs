using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;

namespace TrialBot.Storage.Memory;

/// <summary><see cref="IReferralStore"/> in process memory.</summary>
internal sealed class MemoryReferralStore(MemoryDatabase database, TimeProvider timeProvider) : IReferralStore
{
    public Task AddAsync(Referral referral, CancellationToken cancellationToken = default)
    {
        var prepared = ReferralRules.Prepare(referral);
        var copy = prepared with { CriterionResults = new Dictionary<string, string>(referral.CriterionResults) };
        lock (database.Gate)
        {
            if (!database.Referrals.TryAdd(referral.Id, copy))
            {
                throw new InvalidOperationException($"A referral with id {referral.Id} already exists.");
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Referral>> ListAsync(ReferralScope scope, ReferralFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        lock (database.Gate)
        {
            IReadOnlyList<Referral> matching = database.Referrals.Values
                .Where(referral => scope.Allows(referral.SiteId) && filter.Matches(referral))
                .OrderBy(referral => referral.CreatedAt)
                .ThenBy(referral => referral.Id.ToString("D"), StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(matching);
        }
    }

    public Task<Referral?> GetAsync(ReferralScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        lock (database.Gate)
        {
            return Task.FromResult(Find(scope, id));
        }
    }

    public Task<bool> MarkContactedAsync(ReferralScope scope, Guid id, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        lock (database.Gate)
        {
            if (Find(scope, id) is not { } referral)
            {
                return Task.FromResult(false);
            }

            if (referral.Status == ReferralStatuses.New)
            {
                Change(referral, new StatusChange(ReferralStatuses.Contacted, actor, null));
            }
            else
            {
                database.Referrals[id] = referral with { ContactedAt = referral.ContactedAt ?? timeProvider.GetUtcNow() };
            }

            return Task.FromResult(true);
        }
    }

    public Task<StatusChangeResult> ChangeStatusAsync(ReferralScope scope, Guid id, StatusChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ReferralRules.Check(change);
        lock (database.Gate)
        {
            if (Find(scope, id) is not { } referral)
            {
                return Task.FromResult(new StatusChangeResult(StatusChangeOutcome.NotFound, null, null));
            }

            return Task.FromResult(ReferralWorkflow.Allows(referral.Status, change.ToStatus)
                ? new StatusChangeResult(StatusChangeOutcome.Changed, Change(referral, change), null)
                : new StatusChangeResult(StatusChangeOutcome.NotAllowed, referral, ReferralRules.Refusal(referral.Status, change.ToStatus)));
        }
    }

    public Task<Referral?> AddEventAsync(ReferralScope scope, Guid id, ReferralEvent entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ReferralRules.Check(entry);
        lock (database.Gate)
        {
            if (Find(scope, id) is not { } referral)
            {
                return Task.FromResult<Referral?>(null);
            }

            var updated = referral with { History = [.. referral.History, entry with { FromStatus = null, ToStatus = null }] };
            database.Referrals[id] = updated;
            return Task.FromResult<Referral?>(updated);
        }
    }

    public Task<bool> SavePreCallAnswersAsync(Guid id, ConversationKey conversation, IReadOnlyList<ReferralPreCallAnswer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(answers);
        lock (database.Gate)
        {
            if (database.Referrals.GetValueOrDefault(id) is not { } referral || referral.ConversationKeyHash != conversation.Hash)
            {
                return Task.FromResult(false);
            }

            database.Referrals[id] = referral with { Details = referral.Details with { PreCall = [.. answers] } };
            return Task.FromResult(true);
        }
    }

    public Task<int> DeleteForConversationAsync(ConversationKey conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        lock (database.Gate)
        {
            return Task.FromResult(RemoveForConversation(database, conversation));
        }
    }

    /// <summary>Removes the conversation's referrals; the caller holds the gate.</summary>
    internal static int RemoveForConversation(MemoryDatabase database, ConversationKey conversation)
    {
        var hash = conversation.Hash;
        var ids = database.Referrals.Values.Where(referral => referral.ConversationKeyHash == hash).Select(referral => referral.Id).ToList();
        ids.ForEach(id => database.Referrals.Remove(id));
        return ids.Count;
    }

    // The caller holds the gate.
    private Referral? Find(ReferralScope scope, Guid id) =>
        database.Referrals.GetValueOrDefault(id) is { } referral && scope.Allows(referral.SiteId) ? referral : null;

    // The caller holds the gate and has checked the workflow.
    private Referral Change(Referral referral, StatusChange change)
    {
        var now = timeProvider.GetUtcNow();
        var entry = new ReferralEvent(now, change.Actor, ReferralEventKinds.StatusChange, referral.Status, change.ToStatus, change.Note);
        var updated = referral with
        {
            Status = change.ToStatus,
            ContactedAt = referral.ContactedAt ?? (change.ToStatus == ReferralStatuses.Contacted ? now : null),
            History = [.. referral.History, entry],
        };
        database.Referrals[referral.Id] = updated;
        return updated;
    }
}
