namespace TrialBot.Bench.Conversations;

/// <summary>The language a scripted conversation is held in.</summary>
internal enum ScriptLanguage
{
    English,
    Chinese,
}
