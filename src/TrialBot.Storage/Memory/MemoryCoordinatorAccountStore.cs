using TrialBot.Storage.Coordinators;

namespace TrialBot.Storage.Memory;

/// <summary><see cref="ICoordinatorAccountStore"/> in process memory.</summary>
internal sealed class MemoryCoordinatorAccountStore(MemoryDatabase database) : ICoordinatorAccountStore
{
    public Task<bool> SaveAsync(CoordinatorAccount account, CancellationToken cancellationToken = default)
    {
        var prepared = CoordinatorAccountRules.Prepare(account);
        lock (database.Gate)
        {
            var added = !database.CoordinatorAccounts.TryGetValue(prepared.Email, out var existing);
            database.CoordinatorAccounts[prepared.Email] = existing is null ? prepared : prepared with { CreatedAt = existing.CreatedAt };
            return Task.FromResult(added);
        }
    }

    public Task<CoordinatorAccount?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        lock (database.Gate)
        {
            return Task.FromResult(database.CoordinatorAccounts.GetValueOrDefault(CoordinatorAccount.NormalizeEmail(email)));
        }
    }

    public Task<IReadOnlyList<CoordinatorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (database.Gate)
        {
            IReadOnlyList<CoordinatorAccount> accounts = [.. database.CoordinatorAccounts.Values.OrderBy(account => account.Email, StringComparer.Ordinal)];
            return Task.FromResult(accounts);
        }
    }

    public Task<bool> RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        lock (database.Gate)
        {
            return Task.FromResult(database.CoordinatorAccounts.Remove(CoordinatorAccount.NormalizeEmail(email)));
        }
    }
}
