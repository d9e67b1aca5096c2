namespace Roundtable.Engine.Practice;

/// <summary>A role whose topics a line touches: how many topic words, the first one and where it starts.</summary>
internal sealed record TopicMatch(RoleGroup Group, int Hits, string FirstTopic, int FirstIndex);
