namespace Roundtable.Server.Assistant;

/// <summary>
/// What the model would see on the next turn: the system prompt (with the running summary), the turns
/// that still fit the window, and the token accounting.
/// </summary>
public sealed record ContextView(
    string SystemPrompt, string? Summary, int SummarizedThrough, IReadOnlyList<MessageView> Messages,
    int WindowTokens, int ReplyReserveTokens, int SystemTokens, int HistoryTokens, int HistoryBudgetTokens, string Tokenizer);
