using System.Text.Json;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Realtime;

/// <summary>SignalR with seed 000's snake_case payloads; a Redis backplane when <c>Redis:ConnectionString</c> is set.</summary>
public static class RealtimeExtensions
{
    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR().AddJsonProtocol(options =>
        {
            options.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        if (builder.Configuration["Redis:ConnectionString"] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("roundtable"));
        }

        builder.Services.AddSingleton<IShowcaseBroadcaster, SignalRShowcaseBroadcaster>();
        return builder;
    }

    public static WebApplication MapRealtime(this WebApplication app)
    {
        app.MapHub<ShowcaseHub>(ShowcaseHub.Path);
        return app;
    }
}
