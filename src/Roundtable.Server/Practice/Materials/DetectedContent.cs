namespace Roundtable.Server.Practice.Materials;

/// <summary>A material's kind and media type as read from its bytes.</summary>
public sealed record DetectedContent(string Kind, string ContentType);
