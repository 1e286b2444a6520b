using System.Text.Json;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>Opens a definition file as a <see cref="DefinitionNode"/>, turning a missing file or invalid JSON into a <see cref="TrialDefinitionException"/>.</summary>
internal static class DefinitionFile
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The root of the JSON file at <paramref name="path"/>.</summary>
    public static DefinitionNode Parse(string path)
    {
        var fileName = Path.GetFileName(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TrialDefinitionException(fileName, "$", $"the file cannot be read ({Path.GetFullPath(path)}): {exception.Message}", exception);
        }

        try
        {
            // Clone so the root element outlives the document.
            using var document = JsonDocument.Parse(json, Options);
            return new DefinitionNode(document.RootElement.Clone(), "$", new DefinitionContext(fileName));
        }
        catch (JsonException exception)
        {
            throw new TrialDefinitionException(fileName, exception.Path ?? "$", $"the file is not valid JSON: {exception.Message}", exception);
        }
    }
}
