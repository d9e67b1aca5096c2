using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// One sentence from the knowledge base (or, without one, from the business description) that a
/// turn can quote. Facts already quoted in the conversation are passed over, and facts that share
/// words with the topic come first.
/// </summary>
internal sealed record KnowledgeFact(string? Title, string Text)
{
    /// <summary>The {fact} and {factTitle} slots.</summary>
    public SlotValues AddTo(SlotValues slots) => slots.Set("fact", Text).Set("factTitle", Title);

    public static KnowledgeFact? Pick(IReadOnlyList<KnowledgeSnippet> knowledge, BusinessProfile? business, string topic, ConversationMemory memory)
    {
        var topicWords = ProseText.Normalize(topic).Split(' ').Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);
        var sources = knowledge.Select(k => (Title: (string?)k.Title, k.Text)).ToList();
        if (sources.Count == 0 && !string.IsNullOrWhiteSpace(business?.Description))
        {
            sources.Add((null, business.Description));
        }

        return sources
            .SelectMany((source, order) => ProseText.Sentences(source.Text).Select(sentence => (source.Title, Sentence: sentence, Order: order)))
            .Where(x => ProseText.CountWords(x.Sentence) is >= 5 and <= 40 && !x.Sentence.EndsWith('?'))
            .Where(x => !memory.Mentions(ProseText.Normalize(ProseText.WithoutFinalStop(x.Sentence))))
            .OrderByDescending(x => ProseText.Normalize(x.Sentence).Split(' ').Count(topicWords.Contains))
            .ThenBy(x => x.Order)
            .Select(x => new KnowledgeFact(x.Title, ProseText.WithoutFinalStop(x.Sentence).Replace('"', '\'')))
            .FirstOrDefault();
    }
}
