namespace Roundtable.Server.Assistant;

/// <summary>Body of PATCH /v1/conversations/{id}: "PAUSED" to pause, "ACTIVE" to resume, "ENDED" to end.</summary>
public sealed record UpdateConversationRequest(string? State = null);
