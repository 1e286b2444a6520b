namespace TrialBot.Storage;

/// <summary>
/// A write was refused because the stored item changed since the writer read it: the ETag the write carried no longer
/// matches (the item was written or deleted by someone else), or the write carried no ETag and the item already exists.
/// Read the item again, apply the change to what is stored now, and write again.
/// </summary>
public sealed class StorageConflictException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StorageConflictException"/> class.</summary>
    public StorageConflictException()
        : this("The stored item changed since it was read.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageConflictException"/> class.</summary>
    /// <param name="message">What conflicted.</param>
    public StorageConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageConflictException"/> class.</summary>
    /// <param name="message">What conflicted.</param>
    /// <param name="innerException">The cause.</param>
    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The storage key of the item that conflicted, when known.</summary>
    public string? Key { get; private init; }

    /// <summary>Creates the exception for the item stored under <paramref name="key"/>.</summary>
    /// <param name="key">The storage key.</param>
    /// <returns>The exception, naming the key.</returns>
    public static StorageConflictException ForKey(string key) => new(
        $"The stored item '{key}' changed since it was read (its ETag no longer matches, or it was created meanwhile); read it again and retry.")
    {
        Key = key,
    };
}
