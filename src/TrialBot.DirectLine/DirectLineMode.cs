namespace TrialBot.DirectLine;

/// <summary>Where the website widget's Direct Line conversations run.</summary>
public enum DirectLineMode
{
    /// <summary>This host serves the Direct Line 3.0 subset itself and hands activities to the bot in process.</summary>
    SelfHosted,

    /// <summary>
    /// Azure Bot Service's Direct Line carries the conversations; this host only exchanges the Direct Line secret for a
    /// token on the page's behalf, so the secret never reaches the browser.
    /// </summary>
    Azure,
}
