namespace Roundtable.Server.Knowledge;

/// <summary>Body of POST /v1/knowledge/search.</summary>
public sealed record SearchRequest(string? Query = null, int? TopK = null);
