namespace TrialBot.Storage.Coordinators;

/// <summary>The site coordinators' local accounts (table <c>coordinator_account</c>).</summary>
public interface ICoordinatorAccountStore
{
    /// <summary>Adds an account, or replaces the one with the same e-mail address (a new password, other sites).</summary>
    /// <param name="account">The account; its e-mail address is stored normalised.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the account is new, false when an existing one was replaced.</returns>
    Task<bool> SaveAsync(CoordinatorAccount account, CancellationToken cancellationToken = default);

    /// <summary>Finds an account by e-mail address (compared normalised).</summary>
    /// <param name="email">The address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The account, or null.</returns>
    Task<CoordinatorAccount?> FindAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Every account, by e-mail address.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The accounts.</returns>
    Task<IReadOnlyList<CoordinatorAccount>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes an account.</summary>
    /// <param name="email">The address.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when there was such an account.</returns>
    Task<bool> RemoveAsync(string email, CancellationToken cancellationToken = default);
}
