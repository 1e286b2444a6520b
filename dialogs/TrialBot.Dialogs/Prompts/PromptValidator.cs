namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// Decides whether a prompt accepts an answer. It sees every attempt: the attempt count, the recognition outcome (a
/// value, "don't know", or not understood with its problem code) and the turn. Returning true accepts a value or a
/// "don't know"; a not-understood answer is always asked again. Setting <see cref="PromptValidatorContext{T}.RetryMessage"/>
/// replaces the explanation in the re-ask.
/// </summary>
/// <typeparam name="T">The type of value asked for.</typeparam>
/// <param name="promptContext">The attempt.</param>
/// <param name="cancellationToken">Cancels the operation.</param>
/// <returns>True to accept the answer.</returns>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
