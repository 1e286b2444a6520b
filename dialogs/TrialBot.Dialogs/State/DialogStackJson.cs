using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.Dialogs.State;

/// <summary>
/// Writes and reads the stored shape of the dialog stack (schema version 1, documented in this project's README):
/// <c>{ "schemaVersion": 1, "dialogsVersion": "…", "stack": [ { "id": "…", "shape": "…", "step": 0, "options": …, "values": { … } } ] }</c>,
/// bottom of the stack first. Each entry keeps its dialog's shape (entries written before that have none), so that a
/// stack of another dialogs version resumes when every dialog on it still has the shape it was written with. Reading
/// never throws: anything that is not exactly this shape is reported as a problem.
/// </summary>
internal static class DialogStackJson
{
    /// <summary>The schema version this engine writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// Writes the stack in the stored shape as JSON text, each entry with the shape of its dialog
    /// (<paramref name="shapeOf"/>). Text, not a JSON tree: the stack is written once a turn and read once the next, so a
    /// tree built to be turned into text by the storage (and the copies of the entries' stored values it would need)
    /// would be thrown away at once.
    /// </summary>
    public static string Write(string dialogsVersion, IEnumerable<DialogInstance> stack, Func<string, string?> shapeOf)
    {
        var buffer = spareText ?? new StringBuilder(1024);
        spareText = null;
        try
        {
            using (var text = new StringWriter(buffer, CultureInfo.InvariantCulture))
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, ArrayPool = JsonCharPool.Instance })
            {
                writer.WriteStartObject();
                writer.WritePropertyName("schemaVersion");
                writer.WriteValue(SchemaVersion);
                writer.WritePropertyName("dialogsVersion");
                writer.WriteValue(dialogsVersion);
                writer.WritePropertyName("stack");
                writer.WriteStartArray();
                foreach (var instance in stack)
                {
                    WriteInstance(writer, instance, shapeOf(instance.DialogId));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return buffer.ToString();
        }
        finally
        {
            if (buffer.Capacity <= LargestSpareText)
            {
                buffer.Clear();
                spareText = buffer;
            }
        }
    }

    /// <summary>Reads the stored stack's JSON text (see <see cref="Write"/>) as a JSON tree; null when it is not JSON.</summary>
    public static JToken? Parse(string stored)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(stored)) { DateParseHandling = DateParseHandling.None, ArrayPool = JsonCharPool.Instance };
            return JToken.ReadFrom(reader, NoLineInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The stack is read without the line positions Newtonsoft would otherwise keep on every token.</summary>
    private static readonly JsonLoadSettings NoLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    private const int LargestSpareText = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? spareText;

    /// <summary>
    /// Reads a stored stack, checking its shape, schema version and dialogs version. A stack of another dialogs version
    /// is read only when each entry's dialog still has the shape the entry was written with (<paramref name="shapeOf"/>
    /// gives the current one): from the entry itself, or for entries written before entries kept it, from
    /// <paramref name="earlier"/> when the stack is of that version. Without <paramref name="shapeOf"/> (a version set
    /// by the application, which says more than the shapes) another version is never read.
    /// </summary>
    public static StoredStack Read(JToken? stored, string expectedDialogsVersion, Func<string, string?>? shapeOf, EarlierDialogsVersion? earlier = null)
    {
        if (stored is null || stored.Type is JTokenType.Null or JTokenType.Undefined)
        {
            return StoredStack.Unusable(StoredStackProblem.Missing);
        }

        if (stored is not JObject document || document["schemaVersion"] is not JValue { Type: JTokenType.Integer } schemaVersion)
        {
            return StoredStack.Unusable(StoredStackProblem.CorruptShape);
        }

        if (schemaVersion.Value<long>() != SchemaVersion)
        {
            return StoredStack.Unusable(StoredStackProblem.UnknownSchemaVersion);
        }

        if (document["dialogsVersion"] is not JValue { Type: JTokenType.String } dialogsVersion || document["stack"] is not JArray entries)
        {
            return StoredStack.Unusable(StoredStackProblem.CorruptShape);
        }

        var sameVersion = string.Equals(dialogsVersion.Value<string>(), expectedDialogsVersion, StringComparison.Ordinal);
        if (!sameVersion && (shapeOf is null || !Unchanged(entries, dialogsVersion.Value<string>()!, shapeOf, earlier)))
        {
            return StoredStack.Unusable(StoredStackProblem.DialogsVersionChanged);
        }

        var stack = new List<DialogInstance>(entries.Count);
        foreach (var entry in entries)
        {
            var instance = ReadInstance(entry);
            if (instance is null)
            {
                return StoredStack.Unusable(StoredStackProblem.CorruptShape);
            }

            stack.Add(instance);
        }

        return new StoredStack(StoredStackProblem.None, stack);
    }

    /// <summary>True when every entry's dialog has the shape the entry was written with.</summary>
    private static bool Unchanged(JArray entries, string storedVersion, Func<string, string?> shapeOf, EarlierDialogsVersion? earlier)
    {
        foreach (var entry in entries)
        {
            if (entry is not JObject { } item || item["id"] is not JValue { Type: JTokenType.String } id)
            {
                return false;
            }

            var dialogId = id.Value<string>()!;
            var current = shapeOf(dialogId);
            var written = item["shape"] switch
            {
                JValue { Type: JTokenType.String } shape => shape.Value<string>(),
                null when earlier is not null && string.Equals(storedVersion, earlier.Version, StringComparison.Ordinal)
                    => earlier.ChangedShapes.TryGetValue(dialogId, out var before) ? before : current,
                _ => null,
            };
            if (current is null || !string.Equals(written, current, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteInstance(JsonWriter writer, DialogInstance instance, string? shape)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        writer.WriteValue(instance.DialogId);
        if (shape is not null)
        {
            writer.WritePropertyName("shape");
            writer.WriteValue(shape);
        }

        writer.WritePropertyName("step");
        writer.WriteValue(instance.Step);
        switch (instance.OptionsToStore)
        {
            case null:
                break;
            case JToken stored:
                writer.WritePropertyName("options");
                stored.WriteTo(writer);
                break;
            case var begun:
                writer.WritePropertyName("options");
                PlainJson.Serializer.Serialize(writer, begun);
                break;
        }

        writer.WritePropertyName("values");
        instance.Values.ToJson().WriteTo(writer);
        writer.WriteEndObject();
    }

    private static DialogInstance? ReadInstance(JToken entry)
    {
        if (entry is not JObject item
            || item["id"] is not JValue { Type: JTokenType.String } id
            || string.IsNullOrWhiteSpace(id.Value<string>())
            || item["step"] is not JValue { Type: JTokenType.Integer } step
            || step.Value<long>() is < 0 or > int.MaxValue)
        {
            return null;
        }

        var values = item["values"] switch
        {
            null => new JObject(),
            JObject stored => stored,
            _ => null,
        };
        if (values is null)
        {
            return null;
        }

        // The stored tokens themselves, not copies: nothing changes the stored stack but the instances read from it, and
        // the next write copies them into the new one (Newtonsoft copies a token that already belongs to a document).
        var options = item["options"] is { Type: not JTokenType.Null } storedOptions ? storedOptions : null;
        return new DialogInstance(id.Value<string>()!, (int)step.Value<long>(), options, new DialogValues(values));
    }
}
