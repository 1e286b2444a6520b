using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.Dialogs.State;

/// <summary>
/// One entry of the dialog stack: which dialog, where it is, the options it was begun with and its values. This is
/// exactly what is stored between turns (see the stored shape in this project's README), so it holds only plain data.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The options last read by <see cref="GetOptions{T}"/>, as that type, or those the dialog was begun with in this turn.</summary>
    private object? readOptions;

    /// <summary>The options as stored JSON: read from storage, or made from <see cref="readOptions"/> when first asked for.</summary>
    private JToken? storedOptions;

    /// <summary>Initializes a new instance of the <see cref="DialogInstance"/> class for a dialog that is just beginning.</summary>
    /// <param name="dialogId">The id of the dialog in its <see cref="DialogSet"/>.</param>
    public DialogInstance(string dialogId)
        : this(dialogId, 0, null, new DialogValues())
    {
    }

    internal DialogInstance(string dialogId, int step, JToken? options, DialogValues values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        DialogId = dialogId;
        Step = step;
        storedOptions = options;
        Values = values;
    }

    /// <summary>Initializes a new instance of the <see cref="DialogInstance"/> class for a dialog begun in this turn with <paramref name="options"/> as given (plain data).</summary>
    private DialogInstance(string dialogId, object options)
        : this(dialogId, 0, null, new DialogValues())
    {
        readOptions = options;
    }

    /// <summary>
    /// An entry for a dialog begun in this turn. Its options are kept as given: the dialog reads them as they are, and
    /// they become JSON only when the stack is written (they must be plain data, and must not change after this).
    /// </summary>
    internal static DialogInstance Begun(string dialogId, object? options) =>
        options is null ? new DialogInstance(dialogId) : new DialogInstance(dialogId, options);

    /// <summary>Gets the id of the dialog in its <see cref="DialogSet"/>.</summary>
    public string DialogId { get; }

    /// <summary>Gets or sets the dialog's position: for a waterfall the index of the step that ran last (the one whose prompt or message is awaited); other dialogs leave it 0.</summary>
    public int Step { get; set; }

    /// <summary>Gets the options the dialog was begun with, as the plain JSON that is stored (null when there were none).</summary>
    public JToken? Options => storedOptions ??= readOptions is null ? null : JToken.FromObject(readOptions, PlainJson.Serializer);

    /// <summary>
    /// Gets the options to store: the stored JSON when the dialog was read from storage, else the options it was begun
    /// with in this turn, as given (written as JSON by the stack's writer).
    /// </summary>
    internal object? OptionsToStore => storedOptions ?? readOptions;

    /// <summary>Gets the dialog's values.</summary>
    public DialogValues Values { get; }

    /// <summary>Reads the options the dialog was begun with as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The options' type.</typeparam>
    /// <returns>The options, or the default of <typeparamref name="T"/> when the dialog was begun without options. They
    /// are read once and the same object is returned again: do not change it.</returns>
    /// <exception cref="InvalidOperationException">The stored options cannot be read as a <typeparamref name="T"/>.</exception>
    public T? GetOptions<T>()
    {
        if (readOptions is T read)
        {
            // Begun or read already in this turn: the options never change after the dialog begins.
            return read;
        }

        if (Options is not { Type: not JTokenType.Null } stored)
        {
            return default;
        }

        try
        {
            var options = stored.ToObject<T>(PlainJson.Serializer);
            readOptions = options;
            return options;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            throw new InvalidOperationException($"The options of dialog '{DialogId}' cannot be read as {typeof(T).Name}.", exception);
        }
    }
}
