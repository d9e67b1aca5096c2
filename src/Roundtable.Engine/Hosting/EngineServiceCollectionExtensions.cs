using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Hosting;

/// <summary>Registers the conversation engine: providers from configuration, prompts, agents and the runner.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddRoundtableEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ProviderCatalog.Load(configuration));
        services.TryAddSingleton(sp => new ProviderRegistry(
            sp.GetRequiredService<IReadOnlyList<ProviderSettings>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IPromptTemplateStore>(_ => BuiltInPromptTemplates.CreateStore());
        services.TryAddSingleton<PromptBuilder>();
        services.TryAddSingleton<AgentClients>();
        services.TryAddSingleton<ConversationRunner>();
        return services;
    }
}
