using TrialBot.Storage.Memory;

namespace TrialBot.Storage.DirectLine;

/// <summary>Direct Line stores for hosts that do not register the bot's storage.</summary>
public static class DirectLineStores
{
    /// <summary>A store in process memory, on its own: conversations end with the process and are not shared.</summary>
    /// <returns>The store.</returns>
    public static IDirectLineStore InMemory() => new MemoryDirectLineStore(new MemoryDatabase());
}
