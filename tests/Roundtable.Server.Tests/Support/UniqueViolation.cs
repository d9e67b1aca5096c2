using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Roundtable.Server.Tests.Support;

/// <summary>Asserts that the database engine itself refused a row as a duplicate.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;

    public static void AssertRaisedBy(DatabaseKind kind, DbUpdateException failure)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            Assert.Equal(SqliteConstraintUnique, Assert.IsType<SqliteException>(failure.InnerException).SqliteExtendedErrorCode);
        }
        else
        {
            Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(failure.InnerException).SqlState);
        }
    }
}
