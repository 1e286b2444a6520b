using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;
using TrialBot.Recognition.Text;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Reads the reply to a pre-call question: a whole-utterance "skip all" phrase ("skip all", "no thanks", "全部跳过") or
/// "skip" phrase ("skip", "pass", "跳过"), in either language; anything else is the answer, kept as said. ("I don't know"
/// is read by the prompt itself and counts as a skip.)
/// </summary>
internal sealed class PreCallPromptRecognizer : IPromptRecognizer<PreCallReply>
{
    private readonly HashSet<string> skip;
    private readonly HashSet<string> skipAll;

    /// <summary>Initializes a new instance of the <see cref="PreCallPromptRecognizer"/> class.</summary>
    /// <param name="texts">The bot's texts (the skip phrases).</param>
    public PreCallPromptRecognizer(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        skip = [.. texts.Phrases(BotTextKeys.PreCallSkipPhrases).All.Select(AnswerText.Whole)];
        skipAll = [.. texts.Phrases(BotTextKeys.PreCallSkipAllPhrases).All.Select(AnswerText.Whole)];
    }

    /// <inheritdoc/>
    public Task<Recognition<PreCallReply>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var utterance = AnswerText.Whole(context.Text);
        var reply = skipAll.Contains(utterance) ? PreCallReply.SkipAll
            : skip.Contains(utterance) ? PreCallReply.Skip
            : new PreCallReply(context.Text.Trim(), false);
        return Task.FromResult(Recognitions.Of(reply));
    }
}
