namespace TrialBot.Storage.Items;

/// <summary>When a write of one item may go ahead, from the ETag the written value carries.</summary>
internal enum WriteCondition
{
    /// <summary>Always: the ETag is "*", or the value is of a kind that cannot carry an ETag.</summary>
    Always,

    /// <summary>Only if no item is stored under the key yet: the value can carry an ETag but has none.</summary>
    IfAbsent,

    /// <summary>Only if the stored item's ETag equals the one the value carries.</summary>
    IfMatch,
}
