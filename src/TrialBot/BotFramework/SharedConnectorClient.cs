using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// A kept connector client (<see cref="ConnectorClientPool"/>) as one turn sees it: everything goes to the kept client,
/// except that disposing it at the end of the turn leaves the kept client open, and its base URI, shared by every turn
/// to that channel, cannot be changed.
/// </summary>
internal sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    /// <inheritdoc />
    public Uri BaseUri
    {
        get => inner.BaseUri;
        set => throw new InvalidOperationException("A kept connector client's base URI is shared by every turn to that channel and cannot be changed.");
    }

    /// <inheritdoc />
    public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

    /// <inheritdoc />
    public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

    /// <inheritdoc />
    public ServiceClientCredentials Credentials => inner.Credentials;

    /// <inheritdoc />
    public IAttachments Attachments => inner.Attachments;

    /// <inheritdoc />
    public IConversations Conversations => inner.Conversations;

    /// <summary>Leaves the kept client open: the pool owns it.</summary>
    public void Dispose()
    {
    }
}
