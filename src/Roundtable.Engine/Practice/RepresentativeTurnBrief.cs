using Microsoft.Extensions.AI;
using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Practice;

/// <summary>
/// The structured context of one representative's reply, carried beside the prompt in
/// <see cref="ChatOptions.AdditionalProperties"/> (as <see cref="TurnBrief"/> is for roundtables) so
/// that the offline model knows who speaks, in what mood, to which question, with which facts.
/// </summary>
/// <remarks>SalespersonLine: the line being answered. PreviousReply: the representative who already answered it this turn, and what they said (interjections react to it).</remarks>
public sealed record RepresentativeTurnBrief
{
    public const string PropertyKey = "roundtable.practice-turn";

    public required MeetingBrief Meeting { get; init; }

    public required Representative Speaker { get; init; }

    public required string SalespersonLine { get; init; }

    public IReadOnlyList<KnowledgeSnippet> Materials { get; init; } = [];

    public bool Interjection { get; init; }

    public MeetingLine? PreviousReply { get; init; }

    /// <summary>1-based count of this representative's replies in the meeting, this one included.</summary>
    public int SpeakerTurn { get; init; } = 1;

    public static RepresentativeTurnBrief? From(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(PropertyKey, out var value) == true ? value as RepresentativeTurnBrief : null;
}
