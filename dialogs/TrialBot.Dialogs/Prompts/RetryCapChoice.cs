namespace TrialBot.Dialogs.Prompts;

/// <summary>Which of the choices offered at the retry cap an answer picks.</summary>
internal enum RetryCapChoice
{
    /// <summary>Neither: the answer is another try at the question.</summary>
    None,

    /// <summary>"I don't know".</summary>
    DontKnow,

    /// <summary>"Help".</summary>
    Help,
}
