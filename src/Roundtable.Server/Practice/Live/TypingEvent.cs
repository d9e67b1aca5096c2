namespace Roundtable.Server.Practice.Live;

/// <summary>"Who is typing": a representative started or finished their reply.</summary>
public sealed record TypingEvent(Guid MeetingId, string SpeakerId, string SpeakerName, string SpeakerRole, bool IsTyping);
