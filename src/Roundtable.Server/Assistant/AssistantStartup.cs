using Microsoft.Extensions.Options;
using Roundtable.Server.Data;
using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Assistant;

/// <summary>After the database is migrated: seeds the demo application (once) and rebuilds the knowledge index from stored chunks.</summary>
internal sealed partial class AssistantStartup(
    IRoundtableDbContextFactory contexts, KnowledgeBase knowledge, PromptLibrary prompts, TimeProvider timeProvider,
    IOptions<AssistantOptions> options, ILogger<AssistantStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var indexed = await knowledge.RebuildAsync(db, cancellationToken);
        LogIndexed(logger, indexed, knowledge.Mode.ToString());
        if (options.Value.SeedDemoData)
        {
            await AssistantDemoData.SeedAsync(db, knowledge, prompts, timeProvider, options.Value.DemoApiKey, logger, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Assistant: indexed {Documents} stored knowledge documents ({Mode} search)")]
    private static partial void LogIndexed(ILogger logger, int documents, string mode);
}
