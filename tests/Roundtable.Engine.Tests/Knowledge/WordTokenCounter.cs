using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

/// <summary>One token per whitespace-separated word, so chunk sizes can be worked out by hand.</summary>
internal sealed class WordTokenCounter : ITokenCounter
{
    public int CountTokens(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
