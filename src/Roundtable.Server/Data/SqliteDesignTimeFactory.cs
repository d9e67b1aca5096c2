using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Roundtable.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteRoundtableDbContext</c> build the model without the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRoundtableDbContext>
{
    public SqliteRoundtableDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRoundtableDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
