namespace TrialBot.Storage.Items;

/// <summary>What every provider accepts as a storage key: any non-empty text without NUL characters.</summary>
internal static class StorageKey
{
    /// <summary>Throws if <paramref name="key"/> cannot be stored.</summary>
    /// <param name="key">The key.</param>
    public static void Check(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A storage key cannot contain a NUL character.", nameof(key));
        }
    }

    /// <summary>Checks every key of a read or a delete.</summary>
    /// <param name="keys">The keys.</param>
    public static void CheckAll(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            Check(key);
        }
    }
}
