using System.Data.Common;

namespace TrialBot.Storage.Sql;

/// <summary>Short forms for building parameterised commands.</summary>
internal static class DbCommandExtensions
{
    /// <summary>Creates a command on <paramref name="connection"/>.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="sql">The statement, with <c>@name</c> parameters.</param>
    /// <param name="transaction">The transaction to run in, if any.</param>
    /// <returns>The command.</returns>
    public static DbCommand CreateCommand(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Adds a parameter.</summary>
    /// <param name="command">The command.</param>
    /// <param name="name">The parameter's name, without <c>@</c>.</param>
    /// <param name="value">Its value; <see langword="null"/> binds SQL NULL.</param>
    /// <returns>The command.</returns>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
