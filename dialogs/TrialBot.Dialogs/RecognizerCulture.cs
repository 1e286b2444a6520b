using System.Globalization;

namespace TrialBot.Dialogs;

/// <summary>
/// Runs Microsoft.Recognizers.Text calls under the invariant thread culture. Measured with 1.8.13: its models work only
/// under the thread culture that was current when they were first built (Chinese number words built under one culture
/// are not found under another), and the Bot Framework sets the thread culture from each activity's locale. Every call
/// into the library, in every project, must therefore run under the same thread culture; this engine uses the invariant one.
/// </summary>
internal static class RecognizerCulture
{
    /// <summary>Runs <paramref name="recognize"/> with the invariant culture as the thread culture, then restores it.</summary>
    public static T RunInvariant<T>(Func<T> recognize)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return recognize();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
