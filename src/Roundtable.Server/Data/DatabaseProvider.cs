namespace Roundtable.Server.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
