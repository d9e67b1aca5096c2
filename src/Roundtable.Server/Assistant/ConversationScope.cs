namespace Roundtable.Server.Assistant;

/// <summary>
/// The conversations a caller may reach: all of an application's (an API key), or only those of one
/// of its users (a visitor of the chat page). Anything outside the scope is "not found".
/// </summary>
public sealed record ConversationScope(Guid ApplicationId, string? UserId = null);
