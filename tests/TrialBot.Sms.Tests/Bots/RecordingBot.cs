using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Sms.Tests.Bots;

/// <summary>
/// Wraps the host's own bot and notes what the SMS channel drops: the question id each turn asks and whether the
/// outcome was sent, so a test can answer the screening over SMS by question rather than by text.
/// </summary>
internal sealed class RecordingBot(IBot inner, RecordingBot.Notes notes) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            foreach (var activity in activities)
            {
                if (QuestionEntity.FindQuestionId(activity) is { } id)
                {
                    notes.LastQuestionId = id;
                }

                if (activity.Entities?.Any(entity => entity.Type == "trialbot/outcome") == true)
                {
                    notes.Outcome = activity.Entities.First(entity => entity.Type == "trialbot/outcome");
                }
            }

            return await next();
        });
        await inner.OnTurnAsync(turnContext, cancellationToken);
    }

    /// <summary>Replaces the host's <see cref="IBot"/> registration with itself around it.</summary>
    public static void Wrap(IServiceCollection services, Notes notes)
    {
        var original = services.Last(descriptor => descriptor.ServiceType == typeof(IBot));
        services.Remove(original);
        services.Add(new ServiceDescriptor(
            typeof(IBot),
            provider => new RecordingBot(
                (IBot)(original.ImplementationInstance
                    ?? original.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)),
                notes),
            original.Lifetime));
    }

    /// <summary>What the bot sent, beyond the text.</summary>
    internal sealed class Notes
    {
        public string? LastQuestionId { get; set; }

        public Entity? Outcome { get; set; }
    }
}
