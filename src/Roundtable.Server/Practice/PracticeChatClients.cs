using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Providers;

namespace Roundtable.Server.Practice;

/// <summary>
/// The failover chat clients Practice uses: one for the orchestrator, one per representative seat,
/// one for analysis (questions, research, scorecards). Each ends with the offline model.
/// </summary>
public sealed class PracticeChatClients(ProviderRegistry registry, IOptions<PracticeOptions> options)
{
    public IChatClient Orchestrator { get; } = Chain(registry, options.Value.Orchestrators);

    /// <summary>
    /// One pipeline per seat at the table: seat n tries the representative chain rotated by n, so the
    /// reps of a meeting speak through different providers when several are configured.
    /// </summary>
    public IReadOnlyList<IChatClient> Seats { get; } =
        [.. Enumerable.Range(0, MaxSeats).Select(seat => Chain(registry, Rotate(options.Value.Representatives, seat)))];

    public IChatClient Analyst { get; } = Chain(registry, options.Value.Analysts);

    /// <summary>The most representatives a meeting seats (1-on-3).</summary>
    public const int MaxSeats = 3;

    private static IEnumerable<string> Rotate(IReadOnlyList<string> names, int by) =>
        names.Skip(by % names.Count).Concat(names.Take(by % names.Count));

    private static IChatClient Chain(ProviderRegistry registry, IEnumerable<string> names) =>
        registry.CreateChainClient([.. names.Select(name => new ProviderLink(name, null))]);
}
