using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Prompts;

/// <summary>
/// The structured context of one turn, carried beside the prompt messages in
/// <see cref="ChatOptions.AdditionalProperties"/> so that models which cannot read prose
/// instructions (the offline model) still know who speaks, about what, and at what length.
/// </summary>
public sealed record TurnBrief
{
    /// <summary>Key under which the brief travels in <see cref="ChatOptions.AdditionalProperties"/>.</summary>
    public const string PropertyKey = "roundtable.brief";

    public required string SpeakerName { get; init; }

    public required string SpeakerPersona { get; init; }

    public IReadOnlyList<string> SpeakerTraits { get; init; } = [];

    public string? Topic { get; init; }

    public BusinessProfile? Business { get; init; }

    public IReadOnlyList<KnowledgeSnippet> Knowledge { get; init; } = [];

    public int? MinWords { get; init; }

    public int? MaxWords { get; init; }

    /// <summary>1-based number of the message being written.</summary>
    public int MessageNumber { get; init; } = 1;

    public int TotalMessages { get; init; } = 1;

    public string? NextSpeakerName { get; init; }

    public static TurnBrief? From(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(PropertyKey, out var value) == true ? value as TurnBrief : null;
}
