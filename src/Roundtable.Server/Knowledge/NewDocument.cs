namespace Roundtable.Server.Knowledge;

/// <summary>A validated document to add.</summary>
public sealed record NewDocument(string Title, string Content, string? Category, string MetadataJson);
