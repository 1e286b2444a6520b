using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Definition;

/// <summary>
/// One of the optional questions the study team asks before its first call (the trial file's <c>precall</c> section):
/// asked after the person agreed to be contacted, stored as said, never scored. It is no screening criterion and never
/// changes the outcome.
/// </summary>
/// <param name="Id">A stable id in kebab case (<c>rheumatologist</c>); its question id is <c>precall.{Id}</c>.</param>
/// <param name="Label">A short name for the study team's lists ("Treating rheumatologist").</param>
/// <param name="Text">The question in plain words.</param>
public sealed record PreCallQuestion(string Id, LocalizedText Label, LocalizedText Text)
{
    /// <summary>The beginning of every pre-call question id.</summary>
    public const string IdPrefix = "precall.";

    /// <summary>The question in as few words as still ask it fully, for text messages (SMS); null when <see cref="Text"/> is short already.</summary>
    public LocalizedText? ShortText { get; init; }

    /// <summary>The question id its messages carry (<c>precall.rheumatologist</c>).</summary>
    public string QuestionId => IdPrefix + Id;
}
