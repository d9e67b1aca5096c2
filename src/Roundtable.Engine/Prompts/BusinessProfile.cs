namespace Roundtable.Engine.Prompts;

/// <summary>The business a conversation is about.</summary>
public sealed record BusinessProfile
{
    public required string Name { get; init; }

    public string? Industry { get; init; }

    public string? Location { get; init; }

    public string? Website { get; init; }

    public string? Phone { get; init; }

    public string? Description { get; init; }
}
