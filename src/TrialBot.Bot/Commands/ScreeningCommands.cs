using System.Globalization;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Commands;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Commands;

/// <summary>
/// The commands a person can give instead of an answer, each with its English and Chinese phrases from the text
/// resource (whole utterances only): help, restart, cancel/stop, back, "change my …" for every question (phrases made
/// from each question's label in both languages), the language switch, delete my data, the outcome's details, "look
/// again" after a likely-ineligible outcome; and questions asked instead of an answer (<see cref="FaqCommand"/>): about
/// the study, recognised by the FAQ's words, or about the question being asked.
/// </summary>
internal static class ScreeningCommands
{
    private const string LabelPlaceholder = "{label}";

    /// <summary>Creates the command set.</summary>
    /// <param name="definition">The trial definition (question labels).</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="help">The help command.</param>
    /// <param name="corrections">Back and change.</param>
    /// <param name="language">The language switch.</param>
    /// <param name="languages">The language phrases.</param>
    /// <param name="faq">Questions about the study.</param>
    /// <param name="details">The outcome's details.</param>
    /// <param name="lookAgain">"Look again" after a likely-ineligible outcome.</param>
    /// <param name="earlier">The command that changes an earlier answer a message takes back.</param>
    /// <returns>The command set.</returns>
    public static CommandSet Create(TrialDefinition definition, BotTexts texts, HelpCommand help, AnswerCorrections corrections, LanguageCommand language, LanguageRequests languages, FaqCommand faq, DetailsCommand details, LookAgainCommand lookAgain, EarlierAnswerCommand earlier)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(corrections);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(faq);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(lookAgain);
        ArgumentNullException.ThrowIfNull(earlier);
        var commands = new CommandSet()
            .Add(BuiltInCommands.Help, help.RunAsync, Phrases(texts, BotTextKeys.CommandsHelp))
            .Add(BuiltInCommands.Restart, BuiltInCommands.RestartAsync, Phrases(texts, BotTextKeys.CommandsRestart))
            .Add(BuiltInCommands.Cancel, BuiltInCommands.CancelAsync, Phrases(texts, BotTextKeys.CommandsCancel))
            .Add(CommandIds.Back, corrections.BackAsync, Phrases(texts, BotTextKeys.CommandsBack))
            .Add(CommandIds.DeleteData, DeleteDataCommand.RunAsync, Phrases(texts, BotTextKeys.CommandsDelete))
            .Add(CommandIds.Details, details.RunAsync, Phrases(texts, BotTextKeys.CommandsDetails))
            .Add(CommandIds.LookAgain, lookAgain.RunAsync, Phrases(texts, BotTextKeys.CommandsLookAgain))
            .Add(CommandIds.Chinese, language.RunAsync, [.. languages.ChinesePhrases])
            .Add(CommandIds.English, language.RunAsync, [.. languages.EnglishPhrases]);
        var templates = texts.Phrases(BotTextKeys.CommandsChange);
        foreach (var question in definition.Questions)
        {
            var english = templates.En.Select(template => template.Replace(LabelPlaceholder, question.Label.En.ToLower(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            var chinese = templates.Zh.Select(template => template.Replace(LabelPlaceholder, question.Label.Zh, StringComparison.Ordinal));
            var questionId = question.Id;
            commands.Add(CommandIds.Change(questionId), (dialogContext, cancellationToken) => corrections.ChangeAsync(dialogContext, questionId, cancellationToken), [.. english, .. chinese]);
        }

        return commands
            .AddMatcher(CommandIds.EarlierAnswer, earlier.RunAsync, earlier.MatchesAsync)
            .AddMatcher(CommandIds.Faq, faq.RunAsync, faq.MatchesAsync);
    }

    private static string[] Phrases(BotTexts texts, string key) => [.. texts.Phrases(key).All];
}
