using System.Text;
using System.Text.RegularExpressions;

namespace TrialBot.Widget.Tests.Support;

/// <summary>
/// Patterns that find a text as Web Chat shows it. Web Chat renders Markdown with typographic quotes (' becomes ’) and
/// paragraphs as separate blocks, so quotes match either form and any white space matches any or none; a
/// <c>{placeholder}</c> of the trial definition matches whatever the bot put there.
/// </summary>
internal static partial class ScreenText
{
    /// <summary>A pattern matching <paramref name="text"/> anywhere in an element's text.</summary>
    public static Regex Containing(string text) => new(Body(text));

    /// <summary>A pattern matching an element whose whole text is <paramref name="text"/>.</summary>
    public static Regex Exactly(string text) => new($"^\\s*{Body(text)}\\s*$");

    /// <summary>The pattern's body: <paramref name="text"/> with quotes, white space and placeholders loosened.</summary>
    public static string Body(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = new StringBuilder();
        var position = 0;
        foreach (Match placeholder in Placeholder().Matches(text))
        {
            AppendLiteral(pattern, text[position..placeholder.Index]);
            pattern.Append(".+?");
            position = placeholder.Index + placeholder.Length;
        }

        AppendLiteral(pattern, text[position..]);
        return pattern.ToString();
    }

    private static void AppendLiteral(StringBuilder pattern, string literal)
    {
        var inWhiteSpace = false;
        foreach (var character in literal)
        {
            if (char.IsWhiteSpace(character))
            {
                if (!inWhiteSpace)
                {
                    pattern.Append(@"\s*");
                }

                inWhiteSpace = true;
                continue;
            }

            inWhiteSpace = false;
            pattern.Append(character switch
            {
                '\'' or '’' => "['’]",
                '"' or '“' or '”' => "[\"“”]",
                _ => Regex.Escape(character.ToString()),
            });
        }
    }

    [GeneratedRegex(@"\{[A-Za-z0-9.]+\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
