namespace Roundtable.Server.Practice.Turns;

/// <summary>
/// Seed 003's send-message data: the first representative's reply (<c>ai_response</c>, null when
/// nobody answered), all replies in order, the turn number of <c>ai_response</c> (the salesperson's
/// turn when nobody answered), and the orchestrator's reasoning.
/// </summary>
public sealed record SendMessageResult(
    AiResponseView? AiResponse,
    IReadOnlyList<AiResponseView> AiResponses,
    int TurnNumber,
    string Reasoning,
    string DecisionSource,
    TurnView SalespersonTurn);
