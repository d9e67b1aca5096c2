using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Who really produced a message and what it cost: the provider and model that answered, token
/// counts, latency, estimated cost, and whether (and why) the agent's preferred providers were passed over.
/// </summary>
public sealed record MessageProducer
{
    /// <summary>Key under which the producer travels in a response's (or final update's) additional properties.</summary>
    public const string PropertyKey = "roundtable.producer";

    public required string Provider { get; init; }

    public required string Model { get; init; }

    public bool IsOffline { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public bool TokensEstimated { get; init; }

    public TimeSpan Latency { get; init; }

    public TimeSpan? TimeToFirstToken { get; init; }

    public decimal EstimatedCostUsd { get; init; }

    public bool FellBack => FailedAttempts.Count > 0;

    /// <summary>Why earlier providers in the chain were passed over, e.g. "OpenAI: not configured; Anthropic: RateLimited (429)".</summary>
    public string? FallbackReason => FellBack ? string.Join("; ", FailedAttempts.Select(a => $"{a.Provider}: {a.Reason}")) : null;

    public IReadOnlyList<FailedAttempt> FailedAttempts { get; init; } = [];

    /// <summary>"OpenAI gpt-4o", or "offline" for the built-in model.</summary>
    public string Label => IsOffline ? "offline" : $"{Provider} {Model}";

    public static MessageProducer From(ProviderCallReport call, IReadOnlyList<FailedAttempt> failedAttempts) => new()
    {
        Provider = call.Provider,
        Model = call.Model,
        IsOffline = call.IsOffline,
        InputTokens = call.InputTokens,
        OutputTokens = call.OutputTokens,
        TokensEstimated = call.TokensEstimated,
        Latency = call.Latency,
        TimeToFirstToken = call.TimeToFirstToken,
        EstimatedCostUsd = call.EstimatedCostUsd,
        FailedAttempts = failedAttempts.ToList(),
    };

    public static MessageProducer? From(ChatResponse response) =>
        response.AdditionalProperties?.TryGetValue(PropertyKey, out var value) == true ? value as MessageProducer : null;

    public static MessageProducer? From(ChatResponseUpdate update) =>
        update.AdditionalProperties?.TryGetValue(PropertyKey, out var value) == true ? value as MessageProducer : null;
}
