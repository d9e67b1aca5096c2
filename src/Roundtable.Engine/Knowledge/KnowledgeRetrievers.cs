namespace Roundtable.Engine.Knowledge;

/// <summary>Which retrievers found a hit.</summary>
[Flags]
public enum KnowledgeRetrievers
{
    None = 0,

    /// <summary>BM25 keyword search: the chunk shares at least one search term with the query.</summary>
    Keyword = 1,

    /// <summary>Embedding similarity search.</summary>
    Vector = 2,
}
