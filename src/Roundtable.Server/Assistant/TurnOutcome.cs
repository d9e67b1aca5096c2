namespace Roundtable.Server.Assistant;

/// <summary>What a turn produced: the stored answer, or the problem that stopped it.</summary>
public sealed record TurnOutcome(AssistantMessage? Answer, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem);
