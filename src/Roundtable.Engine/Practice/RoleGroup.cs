namespace Roundtable.Engine.Practice;

/// <summary>
/// One kind of executive as the meeting talks about them: the role keys that mean it, the titles
/// and domain words that name it, and the topics it answers for.
/// </summary>
/// <remarks>
/// Titles ("CFO", "head of finance") name the person; domain words ("finance") name their function,
/// which addresses them only in a directed phrase ("what does finance think"). Topics are regular
/// expressions, matched as whole words, of subjects this role is best suited to answer; Angle says
/// the same in prose for prompts and reasons.
/// </remarks>
internal sealed record RoleGroup(
    string Key,
    string Label,
    IReadOnlyList<string> RoleKeys,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Topics,
    string Angle);
