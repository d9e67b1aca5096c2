using Microsoft.EntityFrameworkCore;

namespace Roundtable.Server.Data;

/// <summary>Registers the database for the configured provider.</summary>
public static class DataServiceExtensions
{
    public static IHostApplicationBuilder AddRoundtableData(this IHostApplicationBuilder builder)
    {
        var connection = DatabaseConnection.Resolve(
            builder.Configuration.GetConnectionString("Roundtable"),
            builder.Configuration["DATABASE_URL"],
            builder.Configuration["DataFolder"] ?? Path.Combine(builder.Environment.ContentRootPath, "data"));
        builder.Services.AddSingleton(connection);
        if (connection.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddPooledDbContextFactory<PostgresRoundtableDbContext>(options => options.UseNpgsql(connection.ConnectionString));
            builder.Services.AddScoped<RoundtableDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PostgresRoundtableDbContext>>().CreateDbContext());
            builder.Services.AddSingleton<IRoundtableDbContextFactory, ProviderDbContextFactory<PostgresRoundtableDbContext>>();
        }
        else
        {
            builder.Services.AddPooledDbContextFactory<SqliteRoundtableDbContext>(options => options.UseSqlite(connection.ConnectionString).AddInterceptors(new SqliteConnectionTuning()));
            builder.Services.AddScoped<RoundtableDbContext>(sp => sp.GetRequiredService<IDbContextFactory<SqliteRoundtableDbContext>>().CreateDbContext());
            builder.Services.AddSingleton<IRoundtableDbContextFactory, ProviderDbContextFactory<SqliteRoundtableDbContext>>();
        }

        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}
