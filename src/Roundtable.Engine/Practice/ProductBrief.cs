using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Practice;

/// <summary>What the salesperson sells, with the extracted text of their materials.</summary>
/// <remarks>Materials: Excerpts of the uploaded materials (DocumentId = material id, Title = file name).</remarks>
public sealed record ProductBrief(string Name, string Description, string? Url, IReadOnlyList<KnowledgeSnippet> Materials);
