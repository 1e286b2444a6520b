namespace TrialBot.Dialogs.State;

/// <summary>
/// A dialogs version written before every stack entry carried its own dialog's shape, and what changed since: the
/// shapes, in that version, of the dialogs whose shape is different now. Every other dialog had the shape it has now.
/// With it, a stack stored by that version resumes when none of its dialogs changed; only a conversation inside a
/// changed dialog starts again.
/// </summary>
/// <param name="Version">The earlier dialogs version, as stored in <c>dialogsVersion</c>.</param>
/// <param name="ChangedShapes">By dialog id, the shape in that version of each dialog that has another shape now.</param>
public sealed record EarlierDialogsVersion(string Version, IReadOnlyDictionary<string, string> ChangedShapes);
