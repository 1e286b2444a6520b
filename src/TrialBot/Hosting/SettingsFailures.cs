using Microsoft.Extensions.Options;

namespace TrialBot.Host.Hosting;

/// <summary>The settings messages in an exception from the host's start: validation throws one <see cref="OptionsValidationException"/>, or an <see cref="AggregateException"/> of several.</summary>
internal static class SettingsFailures
{
    /// <summary>Every failure message, or none when the exception is not about settings.</summary>
    public static IReadOnlyList<string> Of(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException several when several.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            [.. several.InnerExceptions.OfType<OptionsValidationException>().SelectMany(invalid => invalid.Failures)],
        _ => [],
    };
}
