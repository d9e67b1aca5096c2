namespace Roundtable.Server.Assistant;

/// <summary>One immutable version of an application's prompt template.</summary>
public sealed class AssistantPrompt
{
    public long Id { get; set; }

    public Guid ApplicationId { get; set; }

    public required string Name { get; set; }

    public int Version { get; set; }

    public required string Text { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
