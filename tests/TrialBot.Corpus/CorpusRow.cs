namespace TrialBot.Corpus;

/// <summary>One answer of the corpus: where it is, which part it belongs to, what it answers and how it must be read.</summary>
/// <param name="Source">The file and line, for messages.</param>
/// <param name="Part">"dev" (rules may be tuned against it) or "val" (no rule is tuned against it).</param>
/// <param name="QuestionId">The screening question answered.</param>
/// <param name="Language">"en" or "zh".</param>
/// <param name="Channel">"webchat", "sms" or "msteams": how the person typed it.</param>
/// <param name="Answer">The answer, as typed.</param>
/// <param name="Expected">The expected reading (see tests/corpus/README.md).</param>
/// <param name="Context">Earlier answers the reading depends on ("treatment=prednisone+methotrexate"), or empty.</param>
public sealed record CorpusRow(string Source, string Part, string QuestionId, string Language, string Channel, string Answer, string Expected, string Context)
{
    /// <summary>The part no rule is tuned against.</summary>
    public const string Validation = "val";

    /// <summary>The part rules are tuned against.</summary>
    public const string Development = "dev";

    /// <summary>Gets the culture the conversation runs in.</summary>
    public string Culture => Language == "zh" ? "zh-CN" : "en-US";

    /// <inheritdoc />
    public override string ToString() => $"{Source} [{QuestionId}/{Language}] \"{Answer}\" → {Expected}";
}
