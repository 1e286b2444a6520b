using System.Data.Common;
using System.Globalization;
using TrialBot.Storage.Referrals;

namespace TrialBot.Storage.Sql;

/// <summary>The SQL condition that keeps a query inside a <see cref="ReferralScope"/>.</summary>
internal static class ScopeCondition
{
    /// <summary>Adds the scope's site ids to <paramref name="command"/> as parameters and returns the condition on
    /// <c>site_id</c>, or <see langword="null"/> when the scope is every site.</summary>
    /// <param name="command">The command the condition goes into.</param>
    /// <param name="scope">The scope.</param>
    /// <returns><c>site_id IN (…)</c>, <c>1 = 0</c> for an empty scope, or null.</returns>
    public static string? Add(DbCommand command, ReferralScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.SiteIds is not { } siteIds)
        {
            return null;
        }

        if (siteIds.Count == 0)
        {
            return "1 = 0";
        }

        var names = new List<string>();
        foreach (var (siteId, index) in siteIds.Order(StringComparer.Ordinal).Select((id, index) => (id, index)))
        {
            var name = "scope_site_" + index.ToString(CultureInfo.InvariantCulture);
            command.With(name, siteId);
            names.Add("@" + name);
        }

        return $"site_id IN ({string.Join(", ", names)})";
    }
}
