using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;

namespace TrialBot.Dialogs.Tests.Support;

/// <summary>Writes raw JSON where the runner keeps the dialog stack, to simulate state stored by other versions or damaged.</summary>
internal static class StoredStackWriter
{
    public static async Task WriteAsync(IStorage storage, JToken stored)
    {
        var state = new ConversationState(storage);
        var adapter = new TestAdapter(ConversationDriver.Conversation());
        await adapter.ProcessActivityAsync(
            adapter.MakeActivity("setup"),
            async (turnContext, cancellationToken) =>
            {
                await state.CreateProperty<object>(new DialogEngineOptions().StatePropertyName).SetAsync(turnContext, stored, cancellationToken);
                await state.SaveChangesAsync(turnContext, false, cancellationToken);
            },
            CancellationToken.None);
    }
}
