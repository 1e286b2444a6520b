using TrialBot.Storage.Conversations;
using TrialBot.Storage.Coordinators;
using TrialBot.Storage.DirectLine;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Items;
using TrialBot.Storage.Referrals;

namespace TrialBot.Storage.Memory;

/// <summary>The tables of the memory provider; every access holds <see cref="Gate"/>.</summary>
internal sealed class MemoryDatabase
{
    /// <summary>The lock that makes each operation atomic.</summary>
    public Lock Gate { get; } = new();

    /// <summary>State items by key.</summary>
    public Dictionary<string, StoredItem> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>Processed activities and when they were recorded.</summary>
    public Dictionary<ActivityKey, DateTimeOffset> ProcessedActivities { get; } = [];

    /// <summary>Referrals by id.</summary>
    public Dictionary<Guid, Referral> Referrals { get; } = [];

    /// <summary>Self-hosted Direct Line conversations by id.</summary>
    public Dictionary<string, DirectLineConversationRecord> DirectLineConversations { get; } = new(StringComparer.Ordinal);

    /// <summary>Their kept activities (sequence number and JSON), oldest first.</summary>
    public Dictionary<string, Queue<(long Sequence, string Json)>> DirectLineActivities { get; } = new(StringComparer.Ordinal);

    /// <summary>The coordinators' local accounts, by normalised e-mail address.</summary>
    public Dictionary<string, CoordinatorAccount> CoordinatorAccounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The screening funnel's events, in the order appended.</summary>
    public List<FunnelEvent> FunnelEvents { get; } = [];
}
