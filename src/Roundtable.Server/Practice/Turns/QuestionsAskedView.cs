namespace Roundtable.Server.Practice.Turns;

/// <summary>The questions the salesperson asked: how many, and which.</summary>
public sealed record QuestionsAskedView(int Count, IReadOnlyList<string> Questions);
