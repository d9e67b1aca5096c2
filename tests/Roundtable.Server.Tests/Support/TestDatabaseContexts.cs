using Roundtable.Server.Data;

namespace Roundtable.Server.Tests.Support;

/// <summary>Hands a component under test contexts on the test's own database, as the server's factory would.</summary>
internal sealed class TestDatabaseContexts(TestDatabase database) : IRoundtableDbContextFactory
{
    public RoundtableDbContext CreateDbContext() => database.CreateContext();
}
