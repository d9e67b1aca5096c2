using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Tests.Knowledge;

/// <summary>
/// A deterministic bag-of-words embedding: each lower-cased word of three or more letters adds 1 to
/// one of 256 dimensions chosen by its FNV-1a hash. It shares words, not stems or stop words, with
/// BM25, so its ranking differs from the keyword ranking the way a real model's would.
/// </summary>
internal sealed class HashingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 256;

    /// <summary>Sizes of the batches requested, in order.</summary>
    public ConcurrentQueue<int> BatchSizes { get; } = new();

    public static float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in Words(text))
        {
            vector[Fnv1a(word) % Dimensions] += 1;
        }

        return vector;
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var embeddings = values.Select(value => new Embedding<float>(Embed(value))).ToList();
        BatchSizes.Enqueue(embeddings.Count);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static IEnumerable<string> Words(string text) =>
        Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{Nd}]+").Where(word => word.Length >= 3);

    private static uint Fnv1a(string word)
    {
        var hash = 2166136261u;
        foreach (var character in word)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return hash;
    }
}
