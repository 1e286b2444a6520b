using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Finds a medicine spoken of without its name, because the person cannot give it: "can't remember the name", "dont know
/// what it's called", "forgot the name", 叫不上名, 不知道叫什么, 名字忘了, 不记得药名. No catalog name stands in for it: a list
/// that holds one asks about it, and a dose of it asks which steroid it is.
/// </summary>
internal static partial class NameNotGiven
{
    /// <summary>True when <paramref name="text"/> (prepared or blanked) says a medicine's name is not known.</summary>
    public static bool In(string text) => Said().IsMatch(text);

    [GeneratedRegex(@"叫不上(?:名|来)|(?:不知道|不记得|记不得|忘了|不清楚)(?:它|这个药|药)?(?:叫什么|叫啥|的名字|名字|药名)|名字(?:忘了|记不住|记不清|不记得|想不起来)|\b(?:cant|can't|cannot|dont|don't|do not|not sure|unsure|no idea|forgot|forget)\s+(?:\w+\s+){0,2}?(?:the\s+names?|its\s+name|their\s+names?|what\s+(?:it's|its|it is|they're|theyre|they are)\s+called)\b")]
    private static partial Regex Said();
}
