using System.Text.Json;

namespace Roundtable.Server.Practice.Turns;

/// <summary><c>POST /api/conversation/send-message</c>; <c>audio_data</c> is reserved for voice and must be null for now.</summary>
public sealed record SendMessageRequest(string? MeetingId, string? Speaker, string? Message, JsonElement? AudioData);
