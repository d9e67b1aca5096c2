using Microsoft.EntityFrameworkCore;

namespace Roundtable.Server.Data;

/// <summary>Hands out the configured provider's context as the provider-neutral <see cref="RoundtableDbContext"/>.</summary>
internal sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IRoundtableDbContextFactory
    where TContext : RoundtableDbContext
{
    public RoundtableDbContext CreateDbContext() => inner.CreateDbContext();
}
