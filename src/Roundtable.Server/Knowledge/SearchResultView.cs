namespace Roundtable.Server.Knowledge;

/// <summary>The answer of POST /v1/knowledge/search.</summary>
public sealed record SearchResultView(string Mode, IReadOnlyList<SearchHitView> Results);
