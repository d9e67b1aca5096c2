using Roundtable.Engine.Pacing;

namespace Roundtable.Server.Showcase;

/// <summary>Everything needed to write the messages of one running Showcase conversation.</summary>
public sealed record ConversationWork(int ConversationId, Business Business, string Topic, long Seed, ConversationPlan Plan);
