using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Embeds chunks in batches with an <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>. Each
/// chunk is embedded with its document title in front, so a chunk that never names its subject is
/// still placed near it.
/// </summary>
public sealed class ChunkEmbedder
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> generator;
    private readonly int batchSize;

    public ChunkEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, int batchSize = 64)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.generator = generator;
        this.batchSize = batchSize;
    }

    /// <summary>The text embedded for a chunk.</summary>
    public static string InputFor(KnowledgeChunk chunk) => $"{chunk.Title}\n\n{chunk.Text}";

    public async Task<IReadOnlyList<EmbeddedChunk>> EmbedAsync(IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var embedded = new List<EmbeddedChunk>(chunks.Count);
        foreach (var batch in chunks.Chunk(batchSize))
        {
            var embeddings = await generator.GenerateAsync(batch.Select(InputFor), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != batch.Length)
            {
                throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} embeddings for {batch.Length} inputs.");
            }

            for (var i = 0; i < batch.Length; i++)
            {
                embedded.Add(new EmbeddedChunk(batch[i], embeddings[i].Vector));
            }
        }

        return embedded;
    }
}
