using TrialBot.Recognition.Models;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Loads every Microsoft.Recognizers.Text model this library uses, for English and Chinese. The first call of each model
/// takes 90–400 ms (building its regular expressions); a host calls this once at start-up, off the request path, so no
/// person waits for it.
/// </summary>
public static class RecognizerWarmup
{
    private static readonly DateOnly AnyDay = new(2000, 1, 1);

    /// <summary>Calls each model once per language on a background thread.</summary>
    /// <param name="cancellationToken">Stops the warm-up between models (for example when the host shuts down).</param>
    public static Task WarmUpAsync(CancellationToken cancellationToken = default) =>
        Task.Run(() => WarmUp(cancellationToken), cancellationToken);

    /// <summary>Calls each model once per language on the calling thread.</summary>
    /// <param name="cancellationToken">Stops the warm-up between models.</param>
    public static void WarmUp(CancellationToken cancellationToken = default)
    {
        foreach (var (language, sample) in new[] { (TextLanguage.English, "45 years old, 7.5 mg since March 2019"), (TextLanguage.Chinese, "35岁，每天7.5毫克，三年前") })
        {
            cancellationToken.ThrowIfCancellationRequested();
            RecognizerModels.Numbers(sample, language);
            cancellationToken.ThrowIfCancellationRequested();
            RecognizerModels.Ages(sample, language);
            cancellationToken.ThrowIfCancellationRequested();
            RecognizerModels.DatesAndDurations(sample, language, AnyDay);
        }
    }
}
