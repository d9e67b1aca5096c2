using Roundtable.Server.Data;

namespace Roundtable.Server.Tests.Crash;

/// <summary>A fresh, empty database the server under test is pointed at; removed afterwards.</summary>
internal abstract class CrashDatabase : IAsyncDisposable
{
    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public abstract string Name { get; }

    /// <summary>What the server gets as <c>ConnectionStrings:Roundtable</c>.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>A context of the server's own model over this database, to seed and to inspect it.</summary>
    public abstract RoundtableDbContext CreateContext();

    public abstract ValueTask DisposeAsync();
}
