namespace TrialBot.Dialogs.Waterfalls;

/// <summary>One step of a <see cref="WaterfallDialog"/>: typically it reads the previous step's result and asks the next question.</summary>
/// <param name="stepContext">The step's context: values, previous result, options, and the operations that end the step.</param>
/// <param name="cancellationToken">Cancels the operation.</param>
/// <returns>Where the stack stands (from a prompt, <see cref="WaterfallStepContext.NextAsync"/>, an end, or <see cref="DialogTurnResult.Waiting"/>).</returns>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
