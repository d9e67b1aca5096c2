using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Roundtable.Server.Data;

/// <summary>
/// Sets per-connection SQLite options on each native connection once. <c>busy_timeout</c> lets SQLite
/// wait for the write lock in short steps; without it Microsoft.Data.Sqlite sleeps a fixed 150 ms
/// before retrying, which the Assistant bench showed as a 150 ms-stepped tail under concurrency.
/// <c>synchronous=NORMAL</c> is durable against a process crash in WAL mode (only an OS crash or
/// power loss can lose the last commits) and makes each commit much cheaper.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite pools native connections and the options stay set on them, so the
/// statements run when a native connection is first opened, not on every <c>Open</c> (three or more
/// per request), which the Assistant bench measured as a visible share of a turn.
/// </remarks>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";

    private readonly ConditionalWeakTable<sqlite3, object> tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsTuned(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkTuned(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsTuned(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkTuned(connection);
    }

    private bool IsTuned(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && tuned.TryGetValue(handle, out _);

    private void MarkTuned(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            tuned.AddOrUpdate(handle, this);
        }
    }
}
