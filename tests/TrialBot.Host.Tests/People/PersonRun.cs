using System.Text.Json.Nodes;

namespace TrialBot.Host.Tests.People;

/// <summary>One line of a transcript: who said it, what, and the question id the bot's message carried.</summary>
internal sealed record TranscriptLine(bool FromBot, string Text, string? QuestionId);

/// <summary>What happened when a person was screened: the outcome (or why there was none), how often each question was asked, the transcript.</summary>
internal sealed class PersonRun(ScriptedPerson person)
{
    public ScriptedPerson Person { get; } = person;

    /// <summary>The outcome id, or null when the screening ended without one.</summary>
    public string? Outcome { get; set; }

    /// <summary>Why the screening ended without an outcome.</summary>
    public string? Problem { get; set; }

    /// <summary>The outcome entity's criteria.</summary>
    public JsonArray? Criteria { get; set; }

    /// <summary>Question ids in the order asked.</summary>
    public List<string> Asked { get; } = [];

    public List<TranscriptLine> Transcript { get; } = [];

    /// <summary>Confirmations the person said no to because they did not say back what the person meant: (question id, what the bot said).</summary>
    public List<(string QuestionId, string Said)> Rejected { get; } = [];

    public bool IsRight => Outcome == Person.Expected;

    /// <summary>A definite exclusion that got "likely eligible".</summary>
    public bool IsWrongPass => Person.Expected == "likely-ineligible" && Outcome == "likely-eligible";

    public int Asks(string questionId) => Asked.Count(id => id == questionId);
}
