using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary><see cref="ChatClientBuilder"/> extensions for the per-provider middleware.</summary>
public static class ProviderPipelineBuilderExtensions
{
    /// <summary>Measures, prices and records every call; attaches a <see cref="ProviderCallReport"/>.</summary>
    public static ChatClientBuilder UseProviderAccounting(this ChatClientBuilder builder,
        ProviderSettings settings, ProviderHealthTracker health, TimeProvider timeProvider) =>
        builder.Use(inner => new ProviderAccountingChatClient(inner, settings, health, timeProvider));

    /// <summary>Applies the provider's requests- and tokens-per-minute budgets.</summary>
    public static ChatClientBuilder UseProviderRateLimit(this ChatClientBuilder builder, ProviderSettings settings, TimeProvider timeProvider) =>
        builder.Use(inner => new ProviderRateLimitChatClient(inner, settings, timeProvider));

    /// <summary>Timeout, Retry-After-aware retries and a circuit breaker for the provider.</summary>
    public static ChatClientBuilder UseProviderResilience(this ChatClientBuilder builder, ProviderSettings settings,
        TimeProvider timeProvider, Action<ProviderResilienceChatClient>? created = null) =>
        builder.Use(inner =>
        {
            var client = new ProviderResilienceChatClient(inner, settings, timeProvider);
            created?.Invoke(client);
            return client;
        });

    /// <summary>Reshapes history for providers that require strictly alternating user/assistant turns.</summary>
    public static ChatClientBuilder UseAlternatingRoles(this ChatClientBuilder builder) =>
        builder.Use(inner => new AlternatingRolesChatClient(inner));
}
