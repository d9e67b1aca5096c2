using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Providers;

namespace Roundtable.Server.Practice;

/// <summary>
/// The failover chat clients Practice uses: one for the orchestrator, one for the representatives,
/// one for analysis (questions, research, scorecards). Each ends with the offline model.
/// </summary>
public sealed class PracticeChatClients(ProviderRegistry registry, IOptions<PracticeOptions> options)
{
    public IChatClient Orchestrator { get; } = Chain(registry, options.Value.OrchestratorChain);

    public IChatClient Representatives { get; } = Chain(registry, options.Value.RepresentativeChain);

    public IChatClient Analyst { get; } = Chain(registry, options.Value.AnalystChain);

    private static IChatClient Chain(ProviderRegistry registry, IEnumerable<string> names) =>
        registry.CreateChainClient([.. names.Select(name => new ProviderLink(name, null))]);
}
