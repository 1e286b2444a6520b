namespace TrialBot.Dialogs.Choices;

/// <summary>How choices were shown on a message.</summary>
public enum ChoiceRendering
{
    /// <summary>There were no choices to show.</summary>
    None,

    /// <summary>As suggested actions (quick-reply buttons).</summary>
    SuggestedActions,

    /// <summary>As the buttons of a hero card attachment.</summary>
    HeroCard,

    /// <summary>As numbered lines of text; the person answers with the number or the words.</summary>
    NumberedText,
}
