using TrialBot.Bench.Conversations;

namespace TrialBot.Bench.Recognition;

/// <summary>
/// One utterance of one question kind: how our recognition layer reads it, and (where Microsoft.Recognizers.Text has a
/// model for it) the model called directly on the same utterance.
/// </summary>
public sealed class RecognitionCase
{
    internal RecognitionCase(string kind, ScriptLanguage language, string utterance, string recognizer, Func<object> ours, string? directModel, Func<object>? direct)
    {
        Kind = kind;
        Language = language;
        Utterance = utterance;
        Recognizer = recognizer;
        Ours = ours;
        DirectModel = directModel;
        Direct = direct;
    }

    /// <summary>A stable key, e.g. "age-en".</summary>
    public string Key => $"{Kind}-{Language.Label()}";

    public string Kind { get; }

    internal ScriptLanguage Language { get; }

    public string Utterance { get; }

    /// <summary>Our recognizer's name.</summary>
    public string Recognizer { get; }

    /// <summary>The Microsoft.Recognizers.Text model called directly, or null when it has none for this kind.</summary>
    public string? DirectModel { get; }

    internal Func<object> Ours { get; }

    internal Func<object>? Direct { get; }

    /// <summary>What BenchmarkDotNet shows in its parameter column.</summary>
    public override string ToString() => Key;
}
