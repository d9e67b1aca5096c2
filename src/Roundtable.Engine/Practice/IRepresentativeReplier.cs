using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Practice;

/// <summary>Makes one representative speak, in character, given the transcript so far.</summary>
public interface IRepresentativeReplier
{
    /// <remarks>relevantMaterials: Material excerpts retrieved for the salesperson's last line; cited when used. interjection: True when another representative has already answered this turn. onDelta: Receives the reply's text as it streams, for the live meeting room.</remarks>
    Task<RepresentativeReply> ReplyAsync(
        MeetingBrief brief,
        Representative speaker,
        IReadOnlyList<MeetingLine> history,
        IReadOnlyList<KnowledgeSnippet> relevantMaterials,
        bool interjection,
        Func<string, CancellationToken, ValueTask>? onDelta,
        CancellationToken cancellationToken);
}
