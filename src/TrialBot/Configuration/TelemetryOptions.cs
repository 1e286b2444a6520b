namespace TrialBot.Host.Configuration;

/// <summary>Settings of logs and metrics, section <c>Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>
    /// The key of the keyed hash that replaces conversation ids in logs. Empty works (the hash is then only a fingerprint);
    /// set a secret where a conversation id can be guessed, for example on SMS, where it is a phone number.
    /// </summary>
    public string? ConversationIdHashKey { get; set; }
}
