using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests;

public class StateRoundTripTests
{
    private static readonly Regimen Prednisone = new("prednisone", 7.5m, new Schedule(2, ["Mon", "Thu"]));

    private static DialogSet ValuesDialogs(Action<WaterfallStepContext> readBack) => new DialogSet()
        .Add(new WaterfallDialog("root", [
            (step, _) =>
            {
                step.Values.SetValue("count", 3);
                step.Values.SetValue("ratio", 0.25);
                step.Values.SetValue("flag", true);
                step.Values.SetValue("name", "Li Wei");
                step.Values.SetValue("medicines", new List<string> { "prednisone", "hydroxychloroquine" });
                step.Values.SetValue("regimen", Prednisone);
                return Task.FromResult(DialogTurnResult.Waiting);
            },
            (step, cancellationToken) =>
            {
                readBack(step);
                return step.EndDialogAsync(null, cancellationToken);
            },
        ]));

    [Theory]
    [MemberData(nameof(Storages.Both), MemberType = typeof(Storages))]
    public async Task Values_keep_their_types_through_storage_and_a_new_process(string storageKind)
    {
        var storage = Storages.Create(storageKind);
        await new ConversationDriver(ValuesDialogs(_ => { }), "root", storage).SayAsync("first turn");
        WaterfallStepContext? readBack = null;
        var count = 0;
        var ratio = 0.0;
        var flag = false;
        string? name = null;
        List<string>? medicines = null;
        Regimen? regimen = null;

        await new ConversationDriver(
            ValuesDialogs(step =>
            {
                readBack = step;
                count = step.Values.GetValue<int>("count");
                ratio = step.Values.GetValue<double>("ratio");
                flag = step.Values.GetValue<bool>("flag");
                name = step.Values.GetValue<string>("name");
                medicines = step.Values.GetValue<List<string>>("medicines");
                regimen = step.Values.GetValue<Regimen>("regimen");
            }),
            "root",
            storage).SayAsync("second turn, after a restart");

        Assert.NotNull(readBack);
        Assert.Equal(3, count);
        Assert.Equal(0.25, ratio);
        Assert.True(flag);
        Assert.Equal("Li Wei", name);
        Assert.Equal(["prednisone", "hydroxychloroquine"], medicines);
        Assert.NotNull(regimen);
        Assert.Equal(Prednisone.Medicine, regimen.Medicine);
        Assert.Equal(Prednisone.MilligramsPerDay, regimen.MilligramsPerDay);
        Assert.Equal(Prednisone.Schedule.TimesPerDay, regimen.Schedule.TimesPerDay);
        Assert.Equal(Prednisone.Schedule.Days, regimen.Schedule.Days);
    }

    [Theory]
    [MemberData(nameof(Storages.Both), MemberType = typeof(Storages))]
    public async Task The_stored_stack_is_plain_versioned_json_without_type_names(string storageKind)
    {
        var memory = new Dictionary<string, JObject>();
        var driver = new ConversationDriver(ValuesDialogs(_ => { }), "root", Storages.Create(storageKind, memory));

        await driver.SayAsync("first turn");

        var text = Assert.Single(memory.Values)["dialogStack"]!;
        Assert.Equal(JTokenType.String, text.Type);
        Assert.DoesNotContain("$type", (string)text!, StringComparison.Ordinal);
        var stored = JObject.Parse((string)text!);
        Assert.Equal(1, stored["schemaVersion"]!.Value<int>());
        Assert.Equal(driver.Runner.DialogsVersion, stored["dialogsVersion"]!.Value<string>());
        var root = (JObject)Assert.Single((JArray)stored["stack"]!);
        Assert.Equal("root", root["id"]!.Value<string>());
        Assert.Equal(0, root["step"]!.Value<int>());
        Assert.Equal(JTokenType.Integer, root["values"]!["count"]!.Type);
        Assert.Equal(JTokenType.Float, root["values"]!["ratio"]!.Type);
        var regimen = root["values"]!["regimen"]!;
        Assert.True(
            JToken.DeepEquals(JObject.Parse("""{"Medicine": "prednisone", "MilligramsPerDay": 7.5, "Schedule": {"TimesPerDay": 2, "Days": ["Mon", "Thu"]}}"""), regimen),
            regimen.ToString());
    }

    [Fact]
    public void Reading_a_value_as_the_wrong_type_says_which_value()
    {
        var values = new State.DialogValues();
        values.SetValue("name", "Li Wei");

        var error = Assert.Throws<InvalidOperationException>(() => values.GetValue<int>("name"));

        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
        Assert.False(values.TryGetValue<int>("name", out _));
        Assert.Equal(7, values.GetValueOrDefault("missing", 7));
        Assert.Throws<KeyNotFoundException>(() => values.GetValue<int>("missing"));
    }

    [Fact]
    public void Values_can_be_listed_and_removed()
    {
        var values = new State.DialogValues();
        values.SetValue("age", 45);
        values.SetValue<string?>("note", null);

        Assert.Equal(["age", "note"], values.Keys);
        Assert.True(values.ContainsKey("note"));
        Assert.Null(values.GetValue<string?>("note"));
        Assert.True(values.Remove("age"));
        Assert.False(values.ContainsKey("age"));
        Assert.False(values.Remove("age"));
    }
}
