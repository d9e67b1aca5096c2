using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Maps search hits to the <see cref="KnowledgeSnippet"/> records a prompt is grounded in. The
/// snippet carries the whole chunk, not the display excerpt: the model needs the full passage.
/// </summary>
public static class KnowledgeCitations
{
    public static KnowledgeSnippet ToSnippet(this KnowledgeHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new KnowledgeSnippet(hit.Chunk.DocumentId, hit.Chunk.Title, hit.Chunk.Text);
    }

    /// <summary>Snippets in rank order, one per hit.</summary>
    public static IReadOnlyList<KnowledgeSnippet> ToSnippets(this IEnumerable<KnowledgeHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return hits.Select(ToSnippet).ToList();
    }
}
