namespace Roundtable.Server.Realtime;

/// <summary>The argument of <c>join_room</c> / <c>leave_room</c>: <c>{ "business_id": 1 }</c>.</summary>
public sealed record RoomRequest(int BusinessId);
