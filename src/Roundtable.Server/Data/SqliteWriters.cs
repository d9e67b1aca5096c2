using System.Collections.Concurrent;

namespace Roundtable.Server.Data;

/// <summary>
/// One queue of writers per SQLite file in this process. SQLite lets one connection write at a time;
/// a writer that finds the lock taken waits in SQLite's busy handler, which blocks a thread-pool thread
/// in sleeps of 1 to 100 ms. Waiting here instead is asynchronous and hands the lock on the moment the
/// previous save ends (the Assistant bench at 64 concurrent turns: see docs/operations.md).
/// </summary>
internal static class SqliteWriters
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(string connectionString) => Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
}
