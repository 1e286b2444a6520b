using Microsoft.Bot.Builder;
using TrialBot.Storage.Conversations;

namespace TrialBot.Storage.Retention;

/// <summary>"Delete my data": removes everything stored for one conversation.</summary>
public interface IConversationEraser
{
    /// <summary>
    /// Removes, in one transaction, the conversation's state (the item under <see cref="ConversationKey.StateKey"/>
    /// and every item whose key starts with it followed by <c>/</c>), the user's state when <paramref name="userId"/>
    /// is given (the <see cref="UserState"/> item <c>{channel}/users/{userId}</c>), the conversation's processed-
    /// activity records and its referrals. During a turn, also call <see cref="BotState.DeleteAsync"/> on the turn's
    /// <see cref="ConversationState"/> and <see cref="UserState"/> so that the state cached in the turn is not
    /// written back (such a write would fail with <see cref="StorageConflictException"/>).
    /// </summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="userId">The user's id on the channel, to remove their user state too; or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many stored records were removed.</returns>
    Task<int> EraseAsync(ConversationKey conversation, string? userId = null, CancellationToken cancellationToken = default);
}
