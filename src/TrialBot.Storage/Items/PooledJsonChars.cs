using System.Buffers;
using Newtonsoft.Json;

namespace TrialBot.Storage.Items;

/// <summary>Newtonsoft.Json's character buffers (reading a document, escaping strings, writing numbers) rented from the shared pool
/// instead of allocated for each writer.</summary>
internal sealed class PooledJsonChars : IArrayPool<char>
{
    /// <summary>The one instance.</summary>
    public static readonly PooledJsonChars Instance = new();

    private PooledJsonChars()
    {
    }

    /// <inheritdoc/>
    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    /// <inheritdoc/>
    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
