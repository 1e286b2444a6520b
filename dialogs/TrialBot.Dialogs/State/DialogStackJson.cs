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

    /// <summary>Writes the stack in the stored shape, each entry with the shape of its dialog (<paramref name="shapeOf"/>).</summary>
    public static JObject Write(string dialogsVersion, IEnumerable<DialogInstance> stack, Func<string, string?> shapeOf) => new()
    {
        ["schemaVersion"] = SchemaVersion,
        ["dialogsVersion"] = dialogsVersion,
        ["stack"] = new JArray(stack.Select(instance => WriteInstance(instance, shapeOf(instance.DialogId)))),
    };

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

    private static JObject WriteInstance(DialogInstance instance, string? shape)
    {
        var entry = new JObject
        {
            ["id"] = instance.DialogId,
        };
        if (shape is not null)
        {
            entry["shape"] = shape;
        }

        entry["step"] = instance.Step;
        if (instance.Options is not null)
        {
            // The instance's own tokens, not copies (Newtonsoft copies a token that already belongs to another document).
            entry["options"] = instance.Options;
        }

        entry["values"] = instance.Values.ToJson();
        return entry;
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
