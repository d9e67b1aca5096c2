using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class VectorIndexTests
{
    private const string Tenant = "tenant-a";

    [Fact]
    public void Search_Vectors_RankedByCosineSimilarity()
    {
        var index = new VectorIndex();
        index.ReplaceDocument(Tenant, "east", [Embedded(Tenant, "east", [1, 0])]);
        index.ReplaceDocument(Tenant, "north-east", [Embedded(Tenant, "north-east", [3, 3])]);
        index.ReplaceDocument(Tenant, "west", [Embedded(Tenant, "west", [-2, 0])]);

        var hits = index.Search(Tenant, [2, 0], 10);

        // West points away (cosine −1) and is left out by the default minimum of 0.
        Assert.Equal(["east", "north-east"], hits.Select(hit => hit.Chunk.DocumentId));
        Assert.Equal(1.0, hits[0].Score, 6);
        Assert.Equal(Math.Sqrt(0.5), hits[1].Score, 6);
    }

    [Fact]
    public void Search_MinimumSimilarity_FiltersWeakMatches()
    {
        var index = new VectorIndex();
        index.ReplaceDocument(Tenant, "east", [Embedded(Tenant, "east", [1, 0])]);
        index.ReplaceDocument(Tenant, "north-east", [Embedded(Tenant, "north-east", [1, 1])]);

        Assert.Equal(["east"], index.Search(Tenant, [1, 0], 10, minimumSimilarity: 0.8).Select(hit => hit.Chunk.DocumentId));
    }

    [Fact]
    public void Search_OtherTenantsVectors_NeverReturned()
    {
        var index = new VectorIndex();
        index.ReplaceDocument("tenant-b", "b", [Embedded("tenant-b", "b", [1, 0])]);

        Assert.Empty(index.Search(Tenant, [1, 0], 10));
    }

    [Fact]
    public void RemoveDocument_Removed_NotFound()
    {
        var index = new VectorIndex();
        index.ReplaceDocument(Tenant, "east", [Embedded(Tenant, "east", [1, 0])]);

        Assert.True(index.RemoveDocument(Tenant, "east"));
        Assert.Empty(index.Search(Tenant, [1, 0], 10));
        Assert.Equal(0, index.CountChunks(Tenant));
    }

    [Fact]
    public void Search_QueryOfOtherDimensions_ThrowsClearly()
    {
        var index = new VectorIndex();
        index.ReplaceDocument(Tenant, "east", [Embedded(Tenant, "east", [1, 0])]);

        var error = Assert.Throws<InvalidOperationException>(() => index.Search(Tenant, [1, 0, 0], 10));
        Assert.Contains("3 dimensions", error.Message, StringComparison.Ordinal);
    }

    private static EmbeddedChunk Embedded(string tenantId, string documentId, float[] vector) =>
        new(Bm25IndexTests.Chunk(tenantId, documentId, 0, documentId), vector);
}
