using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Roundtable.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresRoundtableDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRoundtableDbContext>
{
    public PostgresRoundtableDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRoundtableDbContext>().UseNpgsql("Host=localhost;Database=roundtable_design").Options);
}
