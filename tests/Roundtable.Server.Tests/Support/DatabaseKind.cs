namespace Roundtable.Server.Tests.Support;

/// <summary>The databases the whole data suite runs against.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
