using System.ComponentModel.DataAnnotations;

namespace Roundtable.Server.Practice;

/// <summary>Settings of Practice meetings (section <c>Practice</c>).</summary>
public sealed record PracticeOptions
{
    public const string Section = "Practice";

    /// <summary>Providers that decide who answers; the rules decide when all of them are unavailable.</summary>
    [MinLength(1)]
    public string[] OrchestratorChain { get; init; } = ["OpenAI", "Anthropic", "Gemini"];

    /// <summary>Providers the representatives speak through; the offline model is the last resort.</summary>
    [MinLength(1)]
    public string[] RepresentativeChain { get; init; } = ["OpenAI", "Anthropic", "Gemini"];

    /// <summary>Providers for analysis: top questions, company research structuring, scorecards.</summary>
    [MinLength(1)]
    public string[] AnalystChain { get; init; } = ["OpenAI", "Anthropic", "Gemini"];

    /// <summary>Seeds a demo workspace (product, company, three representatives) so the page works at once.</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>The demo workspace's API key; when empty a random one is made and not kept (the pages need none).</summary>
    public string? DemoApiKey { get; init; }
}
