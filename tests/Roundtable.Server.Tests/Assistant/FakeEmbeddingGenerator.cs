using Microsoft.Extensions.AI;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>
/// Embeds a text as counts of a few concept words, so "cost" and "fee" land near each other, which
/// keyword search alone cannot see.
/// </summary>
internal sealed class FakeEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private static readonly string[][] Concepts = [["fee", "fees", "cost", "price", "charge"], ["card", "debit"], ["loan", "mortgage"]];

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(Embed)));

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static Embedding<float> Embed(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', '.', ',', '?', '!'], StringSplitOptions.RemoveEmptyEntries);
        // The last dimension keeps a text with no concept word from being a zero vector.
        float[] vector = [.. Concepts.Select(concept => (float)words.Count(concept.Contains)), 0.01f];
        return new Embedding<float>(vector);
    }
}
