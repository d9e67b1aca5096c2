namespace Roundtable.Server.Showcase;

/// <summary>Registers the Showcase: options, the clock, message writing and publishing.</summary>
public static class ShowcaseExtensions
{
    public static IHostApplicationBuilder AddShowcase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ShowcaseOptions>()
            .BindConfiguration(ShowcaseOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.MinWords <= o.MaxWords, "Showcase:MinWords must not exceed Showcase:MaxWords.")
            .Validate(o => o.GapMin <= o.GapMax, "Showcase:GapMin must not exceed Showcase:GapMax.")
            .Validate(o => o.MessageInterval > TimeSpan.Zero && o.InitialDelay >= TimeSpan.Zero && o.BreakDuration >= TimeSpan.Zero
                && o.PrepareAhead >= TimeSpan.Zero, "Showcase intervals must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ShowcaseStateStore>();
        builder.Services.AddSingleton<ShowcaseWriteQueue>();
        builder.Services.AddSingleton<ShowcaseMessageWriter>();
        builder.Services.AddSingleton<ShowcaseMessagePublisher>();
        builder.Services.AddSingleton<ShowcaseLookahead>();
        builder.Services.AddSingleton<BusinessRunLoader>();
        builder.Services.AddSingleton<ShowcaseCycleRunner>();
        builder.Services.AddSingleton<ShowcaseScheduler>();
        // Started in this order and stopped in reverse: the clock stops first, the only writer last.
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ShowcaseWriteQueue>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ShowcaseLookahead>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ShowcaseScheduler>());
        return builder;
    }
}
