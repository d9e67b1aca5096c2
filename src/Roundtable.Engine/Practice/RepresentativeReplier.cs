using System.Text;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Makes one representative speak in character through the representatives' chat client,
/// streaming the text to the meeting room as it arrives. The reply cites the material excerpts
/// its prompt carried.
/// </summary>
public sealed class RepresentativeReplier(IChatClient client) : IRepresentativeReplier
{
    public async Task<RepresentativeReply> ReplyAsync(
        MeetingBrief brief,
        Representative speaker,
        IReadOnlyList<MeetingLine> history,
        IReadOnlyList<KnowledgeSnippet> relevantMaterials,
        bool interjection,
        Func<string, CancellationToken, ValueTask>? onDelta,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(history);
        var materials = (relevantMaterials ?? []).Take(RepresentativePrompt.MaxMaterials).ToList();
        var (messages, options) = RepresentativePrompt.Build(brief, speaker, history, materials, interjection);
        var text = new StringBuilder();
        MessageProducer? producer = null;
        string? model = null;
        await foreach (var update in client.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            producer = MessageProducer.From(update) ?? producer;
            model ??= update.ModelId;
            if (!string.IsNullOrEmpty(update.Text))
            {
                text.Append(update.Text);
                if (onDelta is not null)
                {
                    await onDelta(update.Text, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        // A client outside the provider pipeline reports no producer; name what is known rather than invent one.
        producer ??= OfflineProducers.Unattributed(model);
        return new RepresentativeReply(text.ToString().Trim(), producer, materials);
    }
}
