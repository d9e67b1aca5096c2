using System.ComponentModel.DataAnnotations;
using Roundtable.Server.Platform;

namespace Roundtable.Server.Practice;

/// <summary>Settings of Practice meetings (section <c>Practice</c>).</summary>
public sealed record PracticeOptions
{
    public const string Section = "Practice";

    /// <summary>Providers that decide who answers; the rules decide when all of them are unavailable. Empty: the default chain.</summary>
    public string[] OrchestratorChain { get; init; } = [];

    /// <summary>Providers the representatives speak through; the offline model is the last resort. Empty: the default chain.</summary>
    public string[] RepresentativeChain { get; init; } = [];

    /// <summary>Providers for analysis: top questions, company research structuring, scorecards. Empty: the default chain.</summary>
    public string[] AnalystChain { get; init; } = [];

    /// <summary>
    /// Changes (POSTs) a browser may make per minute through the Practice pages' workspace cookie, per
    /// address: the demo workspace is public, and each change can cost model calls, fetches or uploads.
    /// Callers with an API key are not limited here.
    /// </summary>
    [Range(1, 100_000)]
    public int PageChangesPerMinute { get; init; } = 60;

    public IReadOnlyList<string> Orchestrators => DefaultProviderChain.Or(OrchestratorChain);

    public IReadOnlyList<string> Representatives => DefaultProviderChain.Or(RepresentativeChain);

    public IReadOnlyList<string> Analysts => DefaultProviderChain.Or(AnalystChain);

    /// <summary>Seeds a demo workspace (product, company, three representatives) so the page works at once.</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>The demo workspace's API key; when empty a random one is made and not kept (the pages need none).</summary>
    public string? DemoApiKey { get; init; }
}
