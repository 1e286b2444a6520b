using System.Globalization;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests.Support;

/// <summary>The engine's English default texts, for expected messages.</summary>
internal static class EnglishTexts
{
    private static readonly DialogTexts Texts = new();

    public static string Get(string key, params object[] arguments) => Texts.GetText(key, CultureInfo.GetCultureInfo("en-US"), arguments);
}
