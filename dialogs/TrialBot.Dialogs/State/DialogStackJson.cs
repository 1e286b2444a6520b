using Newtonsoft.Json.Linq;

namespace TrialBot.Dialogs.State;

/// <summary>
/// Writes and reads the stored shape of the dialog stack (schema version 1, documented in this project's README):
/// <c>{ "schemaVersion": 1, "dialogsVersion": "…", "stack": [ { "id": "…", "step": 0, "options": …, "values": { … } } ] }</c>,
/// bottom of the stack first. Reading never throws: anything that is not exactly this shape is reported as a problem.
/// </summary>
internal static class DialogStackJson
{
    /// <summary>The schema version this engine writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the stack in the stored shape.</summary>
    public static JObject Write(string dialogsVersion, IEnumerable<DialogInstance> stack) => new()
    {
        ["schemaVersion"] = SchemaVersion,
        ["dialogsVersion"] = dialogsVersion,
        ["stack"] = new JArray(stack.Select(WriteInstance)),
    };

    /// <summary>Reads a stored stack, checking its shape, schema version and dialogs version.</summary>
    public static StoredStack Read(JToken? stored, string expectedDialogsVersion)
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

        if (!string.Equals(dialogsVersion.Value<string>(), expectedDialogsVersion, StringComparison.Ordinal))
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

    private static JObject WriteInstance(DialogInstance instance)
    {
        var entry = new JObject
        {
            ["id"] = instance.DialogId,
            ["step"] = instance.Step,
        };
        if (instance.Options is not null)
        {
            entry["options"] = instance.Options.DeepClone();
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
            JObject stored => (JObject)stored.DeepClone(),
            _ => null,
        };
        if (values is null)
        {
            return null;
        }

        var options = item["options"] is { Type: not JTokenType.Null } storedOptions ? storedOptions.DeepClone() : null;
        return new DialogInstance(id.Value<string>()!, (int)step.Value<long>(), options, new DialogValues(values));
    }
}
