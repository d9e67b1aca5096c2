namespace Roundtable.Server.Tests.Crash;

/// <summary>What the durability checks need of one stored message (its text is irrelevant here).</summary>
internal sealed record MessageRecord(int ConversationId, int MessageNumber, DateTimeOffset PlannedAt, DateTimeOffset? PublishedAt);
