namespace TrialBot.Bench.Conversations;

/// <summary>Locales and labels of <see cref="ScriptLanguage"/>.</summary>
internal static class ScriptLanguages
{
    public static string Locale(this ScriptLanguage language) => language == ScriptLanguage.Chinese ? "zh-CN" : "en-US";

    public static string Label(this ScriptLanguage language) => language == ScriptLanguage.Chinese ? "zh" : "en";
}
