using System.Globalization;
using TrialBot.Dialogs.Channels;
using TrialBot.Dialogs.Commands;
using TrialBot.Dialogs.State;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs;

/// <summary>How the engine is configured: texts, channels, commands, cultures, limits and versions. Built once at start-up.</summary>
public sealed class DialogEngineOptions
{
    /// <summary>Gets the texts and phrases the engine shows and matches (English defaults; the application adds languages).</summary>
    public IDialogTexts Texts { get; init; } = new DialogTexts();

    /// <summary>Gets the table of channel capabilities that all choice rendering reads.</summary>
    public ChannelCapabilityTable Channels { get; init; } = ChannelCapabilityTable.Default;

    /// <summary>Gets the commands a person can give instead of an answer (help, restart, cancel, and the application's own).</summary>
    public CommandSet Commands { get; init; } = CommandSet.CreateDefault();

    /// <summary>Gets the culture used when an activity has no locale, or one that is not a known culture.</summary>
    public CultureInfo DefaultCulture { get; init; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// Gets the application's dialogs version stored with the stack. When null, it is computed from the dialogs' ids
    /// and shapes (<see cref="DialogSet.ComputeVersion"/>); a stored stack of another computed version then resumes when
    /// every dialog on it still has the shape its entry was written with. A version set here says more than the shapes:
    /// a stored stack of another version is not resumed. Either way a stack not resumed starts the conversation again
    /// with a short message.
    /// </summary>
    public string? DialogsVersion { get; init; }

    /// <summary>
    /// Gets a dialogs version written before stack entries kept their dialog's shape, with the shapes it had for the
    /// dialogs changed since, so that its stacks outside those dialogs resume; null when there is none to bridge.
    /// </summary>
    public EarlierDialogsVersion? EarlierDialogsVersion { get; init; }

    /// <summary>Gets the name of the conversation-state property that holds the dialog stack.</summary>
    public string StatePropertyName { get; init; } = "dialogStack";

    /// <summary>Gets how many failed answers a prompt takes before it offers "I don't know" and "Help" (unless its options say otherwise).</summary>
    public int DefaultMaxAttempts { get; init; } = 3;

    /// <summary>Gets the longest answer, in characters, that prompts pass to recognizers; longer answers are re-asked (recognition time grows steeply with length).</summary>
    public int MaxInputLength { get; init; } = 1000;
}
