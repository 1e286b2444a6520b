namespace TrialBot.Screening.Definition;

/// <summary>
/// A trial definition (or its medicines file) that cannot be used, naming the file, the JSON path of the bad field
/// and what is wrong: <c>NCT05765006.json: $.questions[1].text.zh: the Chinese (zh) text is missing.</c>
/// </summary>
public sealed class TrialDefinitionException : Exception
{
    /// <summary>A problem <paramref name="problem"/> at <paramref name="jsonPath"/> of <paramref name="file"/>.</summary>
    public TrialDefinitionException(string file, string jsonPath, string problem)
        : base($"{file}: {jsonPath}: {problem}")
    {
        File = file;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The same, caused by <paramref name="innerException"/> (unreadable file, invalid JSON).</summary>
    public TrialDefinitionException(string file, string jsonPath, string problem, Exception innerException)
        : base($"{file}: {jsonPath}: {problem}", innerException)
    {
        File = file;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The JSON path of the bad field (<c>$.criteria[3].thresholds.doseAtMostMgPerDay</c>).</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
