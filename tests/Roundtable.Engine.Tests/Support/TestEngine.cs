using Microsoft.Extensions.Configuration;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Tests.Support;

/// <summary>The engine wired up the way the CLI wires it, from in-memory configuration and no environment.</summary>
internal sealed class TestEngine : IDisposable
{
    public TestEngine(Dictionary<string, string?>? configuration = null, TimeProvider? timeProvider = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? []).Build();
        Registry = new ProviderRegistry(ProviderCatalog.Load(config, _ => null), TimeProvider);
        Prompts = new PromptBuilder(BuiltInPromptTemplates.CreateStore());
        Clients = new AgentClients(Registry);
        Runner = new ConversationRunner(Clients, Prompts, TimeProvider);
    }

    public TimeProvider TimeProvider { get; }

    public ProviderRegistry Registry { get; }

    public PromptBuilder Prompts { get; }

    public AgentClients Clients { get; }

    public ConversationRunner Runner { get; }

    public void Dispose() => Registry.Dispose();
}
