using Microsoft.ML.Tokenizers;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Counts tokens with a tiktoken byte-pair encoding from <c>Microsoft.ML.Tokenizers</c>. The default
/// is <c>o200k_base</c> (GPT-4o), whose vocabulary ships inside the
/// <c>Microsoft.ML.Tokenizers.Data.O200kBase</c> package, so it works offline.
/// </summary>
public sealed class TiktokenTokenCounter(TiktokenTokenizer tokenizer) : ITokenCounter
{
    // Loading the vocabulary takes a noticeable moment and the tokenizer is thread-safe: share one.
    private static readonly Lazy<TiktokenTokenCounter> SharedO200k =
        new(() => new TiktokenTokenCounter(TiktokenTokenizer.CreateForModel("gpt-4o")));

    /// <summary>The shared <c>o200k_base</c> counter.</summary>
    public static TiktokenTokenCounter O200kBase => SharedO200k.Value;

    public int CountTokens(string text) => string.IsNullOrEmpty(text) ? 0 : tokenizer.CountTokens(text);
}
