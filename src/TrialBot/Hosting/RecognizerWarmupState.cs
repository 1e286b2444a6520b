namespace TrialBot.Host.Hosting;

/// <summary>Where the start-up warm-up of the recognizer models is.</summary>
public enum RecognizerWarmupState
{
    /// <summary>Not finished yet (or stopped by the host's shutdown).</summary>
    Running = 0,

    /// <summary>Every model was loaded.</summary>
    Finished = 1,

    /// <summary>A model failed to load; recognition would fail the same way.</summary>
    Failed = 2,
}
