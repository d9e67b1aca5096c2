namespace Roundtable.Engine.Practice;

/// <summary>Everything fixed about a practice meeting: product, company, the representatives present, goal and difficulty.</summary>
/// <remarks>Difficulty: "beginner", "intermediate" or "advanced". TopQuestions: The five strategic questions generated at creation (empty while they are being generated).</remarks>
public sealed record MeetingBrief(
    ProductBrief Product,
    CompanyProfile Company,
    IReadOnlyList<Representative> Representatives,
    string Goal,
    string Difficulty,
    int DurationMinutes,
    IReadOnlyList<string> TopQuestions);
