namespace Roundtable.Server.Data;

/// <summary>Creates a short-lived context of whichever provider is configured (for background work).</summary>
public interface IRoundtableDbContextFactory
{
    RoundtableDbContext CreateDbContext();
}
