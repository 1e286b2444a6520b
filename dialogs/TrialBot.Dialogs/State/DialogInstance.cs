using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.Dialogs.State;

/// <summary>
/// One entry of the dialog stack: which dialog, where it is, the options it was begun with and its values. This is
/// exactly what is stored between turns (see the stored shape in this project's README), so it holds only plain data.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The options last read by <see cref="GetOptions{T}"/>, as that type.</summary>
    private object? readOptions;

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
        Options = options;
        Values = values;
    }

    /// <summary>Gets the id of the dialog in its <see cref="DialogSet"/>.</summary>
    public string DialogId { get; }

    /// <summary>Gets or sets the dialog's position: for a waterfall the index of the step that ran last (the one whose prompt or message is awaited); other dialogs leave it 0.</summary>
    public int Step { get; set; }

    /// <summary>Gets the options the dialog was begun with, as the plain JSON that is stored (null when there were none).</summary>
    public JToken? Options { get; }

    /// <summary>Gets the dialog's values.</summary>
    public DialogValues Values { get; }

    /// <summary>Reads the options the dialog was begun with as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The options' type.</typeparam>
    /// <returns>The options, or the default of <typeparamref name="T"/> when the dialog was begun without options. They
    /// are read once and the same object is returned again: do not change it.</returns>
    /// <exception cref="InvalidOperationException">The stored options cannot be read as a <typeparamref name="T"/>.</exception>
    public T? GetOptions<T>()
    {
        if (Options is null || Options.Type == JTokenType.Null)
        {
            return default;
        }

        if (readOptions is T read)
        {
            // Read already in this turn: the options never change after the dialog begins.
            return read;
        }

        try
        {
            var options = Options.ToObject<T>(PlainJson.Serializer);
            readOptions = options;
            return options;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            throw new InvalidOperationException($"The options of dialog '{DialogId}' cannot be read as {typeof(T).Name}.", exception);
        }
    }
}
