namespace TrialBot.Dialogs.State;

/// <summary>The result of reading a stored dialog stack: the stack when it can be resumed, otherwise the problem.</summary>
/// <param name="Problem">Why the stack cannot be resumed, or <see cref="StoredStackProblem.None"/>.</param>
/// <param name="Stack">The dialog stack, bottom (root) first; empty unless <paramref name="Problem"/> is None.</param>
internal sealed record StoredStack(StoredStackProblem Problem, IReadOnlyList<DialogInstance> Stack)
{
    /// <summary>Creates a result for a stack that cannot be resumed.</summary>
    public static StoredStack Unusable(StoredStackProblem problem) => new(problem, []);
}
