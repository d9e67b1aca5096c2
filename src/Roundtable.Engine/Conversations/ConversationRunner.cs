using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Providers.Pipeline;
using Roundtable.Engine.Turns;

namespace Roundtable.Engine.Conversations;

/// <summary>
/// Runs an agents-only conversation turn by turn: the policy names the speaker, the prompt
/// builder writes its prompt, and the agent's provider chain streams the answer. Pacing between
/// messages waits on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class ConversationRunner(AgentClients clients, PromptBuilder prompts, TimeProvider timeProvider)
{
    /// <summary>How often a turn is written again after its stream broke mid-answer.</summary>
    public const int MaxRewrites = 2;

    public async IAsyncEnumerable<ConversationEvent> RunAsync(
        IReadOnlyList<AgentDefinition> agents, ITurnPolicy policy, ConversationSetting setting, TimeSpan pace,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = new List<ConversationTurn>();
        while (history.Count < setting.TotalMessages)
        {
            if (history.Count > 0 && pace > TimeSpan.Zero)
            {
                await Task.Delay(pace, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            var decision = await policy.DecideAsync(new TurnContext(agents, history), cancellationToken).ConfigureAwait(false);
            if (decision.Speakers.Count == 0)
            {
                yield break;
            }

            foreach (var speaker in decision.Speakers)
            {
                var next = await policy.DecideAsync(new TurnContext(agents, [.. history, Placeholder(speaker, history.Count + 1)]), cancellationToken).ConfigureAwait(false);
                yield return new TurnStarted(history.Count + 1, speaker, decision.Reason);
                ConversationTurn? turn = null;
                await foreach (var item in WriteTurnAsync(speaker, setting, history, next.Speakers.FirstOrDefault(), cancellationToken).ConfigureAwait(false))
                {
                    if (item is TurnCompleted completed)
                    {
                        turn = completed.Turn;
                    }

                    yield return item;
                }

                history.Add(turn!);
            }
        }
    }

    private async IAsyncEnumerable<ConversationEvent> WriteTurnAsync(AgentDefinition speaker, ConversationSetting setting,
        IReadOnlyList<ConversationTurn> history, AgentDefinition? nextSpeaker, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = history.Count + 1;
        for (var attempt = 0; ; attempt++)
        {
            var prompt = prompts.Build(speaker, setting, history, nextSpeaker);
            var text = new StringBuilder();
            MessageProducer? producer = null;
            ProviderCallException? interruption = null;
            await using var updates = clients.For(speaker)
                .GetStreamingResponseAsync(prompt.Messages, prompt.Options, cancellationToken)
                .GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                (bool hasNext, interruption) = await NextAsync(updates).ConfigureAwait(false);
                if (!hasNext)
                {
                    break;
                }

                producer ??= MessageProducer.From(updates.Current);
                if (!string.IsNullOrEmpty(updates.Current.Text))
                {
                    text.Append(updates.Current.Text);
                    yield return new TurnDelta(number, speaker, updates.Current.Text);
                }
            }

            if (interruption is null)
            {
                yield return new TurnCompleted(new ConversationTurn
                {
                    Number = number,
                    SpeakerId = speaker.Id,
                    SpeakerName = speaker.Name,
                    Text = text.ToString().Trim(),
                    Producer = producer,
                });
                yield break;
            }

            yield return new TurnFailed(number, speaker, interruption, text.ToString());
            if (attempt >= MaxRewrites)
            {
                throw interruption;
            }
        }
    }

    private static async Task<(bool HasNext, ProviderCallException? Interruption)> NextAsync(IAsyncEnumerator<ChatResponseUpdate> updates)
    {
        try
        {
            return (await updates.MoveNextAsync().ConfigureAwait(false), null);
        }
        catch (ProviderCallException fault) when (fault.Kind == ProviderFaultKind.Interrupted)
        {
            return (false, fault);
        }
    }

    private static ConversationTurn Placeholder(AgentDefinition speaker, int number) =>
        new() { Number = number, SpeakerId = speaker.Id, SpeakerName = speaker.Name, Text = string.Empty };
}
