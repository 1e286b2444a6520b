using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Reads the name the study team should use: any short text without digits, question marks or an @ (those are a phone
/// number, a question or an e-mail address, not a name).
/// </summary>
internal static class NameReader
{
    /// <summary>The problem code of an answer that is no name.</summary>
    public const string Invalid = "name.invalid";

    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxLength = 100;

    /// <summary>Reads the name in <paramref name="text"/>.</summary>
    /// <param name="text">The answer.</param>
    /// <returns>The name, or <see cref="Invalid"/>.</returns>
    public static Recognition<string> Read(string? text)
    {
        var normalized = InputGuard.Normalize(text);
        return normalized.TryGetValue(out var name) && name.Length <= MaxLength && !name.Any(IsNotInAName)
            ? Recognitions.Of(name)
            : Recognitions.NotUnderstood<string>(Invalid);
    }

    private static bool IsNotInAName(char character) => char.IsDigit(character) || character is '?' or '？' or '@' or '＠';
}
