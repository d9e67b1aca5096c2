using Microsoft.Extensions.AI;
using Roundtable.Server.Tests.Assistant;

namespace Roundtable.Server.Tests.Practice;

/// <summary>
/// Embeds like <see cref="FakeEmbeddingGenerator"/>, but fails as an unreachable embeddings service
/// would for any batch holding <paramref name="marker"/>, calling <paramref name="atFailure"/> first
/// so a test can look at what was written up to that moment.
/// </summary>
internal sealed class MarkerFailingEmbeddingGenerator(string marker, Func<Task> atFailure) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly FakeEmbeddingGenerator embeddings = new();

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var batch = values.ToList();
        if (batch.Any(value => value.Contains(marker, StringComparison.Ordinal)))
        {
            await atFailure();
            throw new HttpRequestException("The embeddings service is unavailable.");
        }

        return await embeddings.GenerateAsync(batch, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() => embeddings.Dispose();
}
