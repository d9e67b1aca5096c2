namespace Roundtable.Server.Tests.Support;

/// <summary>Theory data: every test that touches data runs once per database.</summary>
public sealed class AllDatabases : TheoryData<DatabaseKind>
{
    public AllDatabases()
    {
        Add(DatabaseKind.Sqlite);
        Add(DatabaseKind.Postgres);
    }
}
