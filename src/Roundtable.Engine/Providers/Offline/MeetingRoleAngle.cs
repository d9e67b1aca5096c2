namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// What a Practice representative in one role says about the salesperson's question: where their
/// company stands (positions), what they need to hear (concerns, used as {concern}) and what they
/// push back with on harder difficulties (objections). Frames use the company and product slots.
/// </summary>
internal sealed record MeetingRoleAngle(
    string RoleKey,
    IReadOnlyList<string> Positions,
    IReadOnlyList<string> Concerns,
    IReadOnlyList<string> Objections);
