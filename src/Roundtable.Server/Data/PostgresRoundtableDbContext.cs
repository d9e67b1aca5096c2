using Microsoft.EntityFrameworkCore;

namespace Roundtable.Server.Data;

/// <summary>The PostgreSQL flavour of the database (production), with its own migrations.</summary>
public sealed class PostgresRoundtableDbContext(DbContextOptions<PostgresRoundtableDbContext> options) : RoundtableDbContext(options);
