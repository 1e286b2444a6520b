using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;

namespace TrialBot.Storage.Memory;

/// <summary><see cref="IReferralStore"/> in process memory.</summary>
internal sealed class MemoryReferralStore(MemoryDatabase database, TimeProvider timeProvider) : IReferralStore
{
    public Task AddAsync(Referral referral, CancellationToken cancellationToken = default)
    {
        ReferralRules.Check(referral);
        var copy = referral with { CriterionResults = new Dictionary<string, string>(referral.CriterionResults) };
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
            return Task.FromResult(database.Referrals.GetValueOrDefault(id) is { } referral && scope.Allows(referral.SiteId) ? referral : null);
        }
    }

    public Task<bool> MarkContactedAsync(ReferralScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        lock (database.Gate)
        {
            if (!database.Referrals.TryGetValue(id, out var referral) || !scope.Allows(referral.SiteId))
            {
                return Task.FromResult(false);
            }

            database.Referrals[id] = referral with { ContactedAt = referral.ContactedAt ?? timeProvider.GetUtcNow() };
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
}
