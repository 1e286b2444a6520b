namespace TrialBot.Recognition.Text;

/// <summary>The languages the recognizers read.</summary>
internal enum TextLanguage
{
    /// <summary>English (en-US models).</summary>
    English = 0,

    /// <summary>Chinese (zh-CN models; traditional characters are read with the same models).</summary>
    Chinese,
}
