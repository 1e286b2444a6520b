using TrialBot.DirectLine.Http;

namespace TrialBot.DirectLine.Tokens;

/// <summary>The outcome of checking a request's token: the grant it carries, or why it is refused.</summary>
internal sealed class TokenCheck
{
    private TokenCheck(ConversationGrant? grant, DirectLineError? error)
    {
        Grant = grant;
        Error = error;
    }

    /// <summary>What the token allows, when it is valid.</summary>
    public ConversationGrant? Grant { get; }

    /// <summary>Why the token is refused, when it is not valid.</summary>
    public DirectLineError? Error { get; }

    /// <summary>A valid token.</summary>
    public static TokenCheck Valid(ConversationGrant grant) => new(grant, null);

    /// <summary>A refused token.</summary>
    public static TokenCheck Refused(DirectLineError error) => new(null, error);
}
