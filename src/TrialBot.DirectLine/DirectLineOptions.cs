namespace TrialBot.DirectLine;

/// <summary>
/// Settings of the website widget's Direct Line, bound from the <c>DirectLine</c> configuration section and validated at
/// start.
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>Whether this host serves Direct Line itself or fetches tokens from Azure (<c>DirectLine:Mode</c>).</summary>
    public DirectLineMode Mode { get; set; } = DirectLineMode.SelfHosted;

    /// <summary>
    /// Base64 HMAC-SHA256 key (at least 32 bytes) that signs conversation tokens (<c>DirectLine:TokenSigningKey</c>).
    /// When empty, each process draws a random key: tokens then die with the process and do not work across
    /// instances, so a deployment with more than one instance must configure it.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a conversation token is valid (<c>DirectLine:TokenLifetime</c>); Web Chat refreshes it before then.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>After how long without any request a conversation is forgotten (<c>DirectLine:ConversationIdleTimeout</c>).</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>
    /// After how long without any request a conversation in which the person never sent anything is forgotten
    /// (<c>DirectLine:SilentConversationTimeout</c>): opened conversations cannot pile up.
    /// </summary>
    public TimeSpan SilentConversationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many of its latest activities a conversation keeps for clients to read (<c>DirectLine:MaxActivitiesPerConversation</c>).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>
    /// How many conversations may be open at once (<c>DirectLine:MaxConversations</c>). At the limit the least recently used
    /// conversation in which the person never sent anything gives way; only when every one has been spoken in is a new
    /// one refused with 503.
    /// </summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>The longest message text accepted, in characters (<c>DirectLine:MaxTextLength</c>).</summary>
    public int MaxTextLength { get; set; } = 4_000;

    /// <summary>The largest request body accepted, in bytes (<c>DirectLine:MaxRequestBodyBytes</c>).</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How long a request waits for the bot's turn (<c>DirectLine:BotTimeout</c>); after that it answers 504 and the
    /// replies still reach the conversation when the turn ends. Keep it below Web Chat's 20-second request timeout.
    /// </summary>
    public TimeSpan BotTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The bot's account id in activities (<c>DirectLine:BotId</c>).</summary>
    public string BotId { get; set; } = "trialbot";

    /// <summary>The bot's display name in activities (<c>DirectLine:BotName</c>).</summary>
    public string BotName { get; set; } = "TrialBot";

    /// <summary>Azure Direct Line channel secret, used server-side only in <see cref="DirectLineMode.Azure"/> mode (<c>DirectLine:Secret</c>).</summary>
    public string? Secret { get; set; }

    /// <summary>Azure Direct Line's base address (<c>DirectLine:AzureEndpoint</c>); regional bots use their region's address.</summary>
    public Uri AzureEndpoint { get; set; } = new("https://directline.botframework.com/v3/directline");
}
