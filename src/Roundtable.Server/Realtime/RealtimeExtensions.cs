using System.Text.Json;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Realtime;

/// <summary>
/// SignalR with seed 000's snake_case payloads; a Redis backplane when <c>Redis:ConnectionString</c>
/// is set, on channels named after <c>Redis:ChannelPrefix</c> (default <see cref="DefaultChannelPrefix"/>).
/// Nodes that share a prefix share every hub's groups; deployments (or tests) sharing one Redis keep apart by prefix.
/// </summary>
public static class RealtimeExtensions
{
    public const string DefaultChannelPrefix = "roundtable";

    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR().AddJsonProtocol(options =>
        {
            options.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        if (builder.Configuration["Redis:ConnectionString"] is { Length: > 0 } redis)
        {
            var prefix = builder.Configuration["Redis:ChannelPrefix"] is { Length: > 0 } configured ? configured : DefaultChannelPrefix;
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(prefix));
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
