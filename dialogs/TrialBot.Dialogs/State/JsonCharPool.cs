using System.Buffers;
using Newtonsoft.Json;

namespace TrialBot.Dialogs.State;

/// <summary>The character buffers Newtonsoft.Json's readers and writers of the stored stack grow, rented from the shared pool.</summary>
internal sealed class JsonCharPool : IArrayPool<char>
{
    /// <summary>The one instance.</summary>
    public static readonly JsonCharPool Instance = new();

    private JsonCharPool()
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
