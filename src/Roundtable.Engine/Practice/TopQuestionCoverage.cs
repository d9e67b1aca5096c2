namespace Roundtable.Engine.Practice;

/// <summary>Whether the salesperson asked (something close to) one of the meeting's top questions, and where.</summary>
public sealed record TopQuestionCoverage(string Question, bool Covered, int? TurnNumber);
