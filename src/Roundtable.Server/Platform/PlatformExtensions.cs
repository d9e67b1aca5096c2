using System.Text.Json;
using Roundtable.Engine.Hosting;
using Scalar.AspNetCore;

namespace Roundtable.Server.Platform;

/// <summary>What every feature relies on: the engine, the clock, JSON conventions, ProblemDetails, pages.</summary>
public static class PlatformExtensions
{
    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRoundtableEngine(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures throw in every environment, so BadRequestExceptionHandler can explain them.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        builder.Services.AddRazorPages();
        builder.Services.AddHealthChecks();
        // Features add their own policies; only endpoints that ask for one are limited.
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapHealthChecks("/health");
        app.MapRazorPages();
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }
}
