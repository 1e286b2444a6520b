namespace TrialBot.Bot.Answers;

/// <summary>How the study team can reach a person.</summary>
internal enum ContactKind
{
    /// <summary>A telephone number.</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,
}
