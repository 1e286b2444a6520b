using System.Numerics;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// Asks for a number, recognised with the recognition library's NumberReader (on Microsoft.Recognizers.Text) in the culture of the activity's locale (or
/// <see cref="DialogEngineOptions.DefaultCulture"/>). For integer types a fraction is re-asked, not rounded.
/// </summary>
/// <typeparam name="T">The number type, for example <see cref="int"/> or <see cref="decimal"/>.</typeparam>
public class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    /// <summary>Initializes a new instance of the <see cref="NumberPrompt{T}"/> class.</summary>
    /// <param name="id">The prompt's id.</param>
    /// <param name="validator">Decides whether to accept an answer (for example a range check).</param>
    public NumberPrompt(string id, PromptValidator<T>? validator = null)
        : base(id, new NumberTextRecognizer<T>(), validator)
    {
    }
}
