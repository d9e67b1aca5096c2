namespace Roundtable.Engine.Practice;

/// <summary>The orchestrator model's answer once read: the responders it named and why, or why it is unusable.</summary>
internal sealed record ResponderDecision(IReadOnlyList<string> RepresentativeIds, string Reason, string? Problem)
{
    public bool IsValid => Problem is null;

    public static ResponderDecision Invalid(string problem) => new([], string.Empty, problem);
}
