using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// Outermost per-provider middleware: measures latency and time to first token, takes token
/// usage (or estimates it), prices the call, records the outcome in provider health, and attaches
/// a <see cref="ProviderCallReport"/> to the response (streaming: as a final update).
/// </summary>
public sealed class ProviderAccountingChatClient(
    IChatClient innerClient, ProviderSettings settings, ProviderHealthTracker health, TimeProvider timeProvider)
    : DelegatingChatClient(innerClient)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var started = timeProvider.GetTimestamp();
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(history, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ProviderCallException fault)
        {
            health.RecordFailure(settings.Name, fault.Reason);
            throw;
        }

        var latency = timeProvider.GetElapsedTime(started);
        var report = Report(history, options, response.ModelId, response.Usage, response.Text, latency, timeToFirstToken: null);
        health.RecordSuccess(settings.Name, latency);
        (response.AdditionalProperties ??= [])[ProviderCallReport.PropertyKey] = report;
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var started = timeProvider.GetTimestamp();
        var tally = new StreamTally();
        await using var enumerator = base.GetStreamingResponseAsync(history, options, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        while (await MoveNextAsync(enumerator).ConfigureAwait(false))
        {
            tally.Add(enumerator.Current, timeProvider.GetElapsedTime(started));
            yield return enumerator.Current;
        }

        var latency = timeProvider.GetElapsedTime(started);
        health.RecordSuccess(settings.Name, latency);
        var report = Report(history, options, tally.ModelId, tally.Usage, tally.Text, latency, tally.TimeToFirstToken);
        yield return new ChatResponseUpdate
        {
            Role = ChatRole.Assistant,
            ModelId = report.Model,
            AdditionalProperties = new() { [ProviderCallReport.PropertyKey] = report },
        };
    }

    private async ValueTask<bool> MoveNextAsync(IAsyncEnumerator<ChatResponseUpdate> enumerator)
    {
        try
        {
            return await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        catch (ProviderCallException fault)
        {
            health.RecordFailure(settings.Name, fault.Reason);
            throw;
        }
    }

    private ProviderCallReport Report(IReadOnlyCollection<ChatMessage> messages, ChatOptions? options, string? modelId,
        UsageDetails? usage, string text, TimeSpan latency, TimeSpan? timeToFirstToken)
    {
        var estimated = usage?.InputTokenCount is null || usage.OutputTokenCount is null;
        var input = usage?.InputTokenCount ?? TokenEstimate.ForMessages(messages);
        var output = usage?.OutputTokenCount ?? TokenEstimate.ForText(text);
        return new ProviderCallReport
        {
            Provider = settings.Name,
            Model = modelId ?? options?.ModelId ?? settings.Model ?? "unknown",
            IsOffline = settings.Kind == ProviderKind.Offline,
            InputTokens = input,
            OutputTokens = output,
            TokensEstimated = estimated,
            Latency = latency,
            TimeToFirstToken = timeToFirstToken,
            EstimatedCostUsd = settings.EstimateCost(input, output),
        };
    }
}
