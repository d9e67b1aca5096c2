using Roundtable.Engine.Providers;

namespace Roundtable.Server.Showcase;

/// <summary>One provider's real state, as <c>api_status</c> reports it.</summary>
public sealed record ProviderStatusView(
    bool Configured,
    bool Healthy,
    string Circuit,
    string Status,
    string? Model,
    DateTimeOffset? LastSuccess,
    double RecentErrorRate)
{
    public static ProviderStatusView From(ProviderHealth health) => new(
        health.IsConfigured,
        health.IsHealthy,
        health.Circuit.ToString().ToLowerInvariant(),
        health.Status,
        health.Model,
        health.Outcomes.LastSuccessAt,
        health.Outcomes.RecentErrorRate);
}
