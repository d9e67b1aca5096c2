namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Everything already said in a conversation, in normalised form: the sentences, so that none is
/// said twice, and the running text, so that a sentence frame or a quoted fact already used by
/// anyone can be recognized and passed over.
/// </summary>
internal sealed class ConversationMemory
{
    private readonly HashSet<string> sentences = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];

    public ConversationMemory(IEnumerable<string?> history)
    {
        foreach (var text in history)
        {
            Remember(text);
        }
    }

    /// <summary>Whether this sentence, compared normalised, was already said.</summary>
    public bool HasSaid(string sentence) => sentences.Contains(ProseText.Normalize(sentence));

    /// <summary>Whether a normalised phrase of several words occurs anywhere in what was said.</summary>
    public bool Mentions(string normalizedPhrase)
    {
        if (normalizedPhrase.Length == 0)
        {
            return false;
        }

        var needle = " " + normalizedPhrase + " ";
        return texts.Any(text => text.Contains(needle, StringComparison.Ordinal));
    }

    /// <summary>Whether one text of the conversation contains every one of the normalised phrases.</summary>
    public bool MentionsAll(IReadOnlyList<string> normalizedPhrases) =>
        texts.Any(text => normalizedPhrases.All(phrase => text.Contains(" " + phrase + " ", StringComparison.Ordinal)));

    /// <summary>Adds a text (a history message or a sentence just written) to what was said.</summary>
    public void Remember(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var sentence in ProseText.Sentences(text))
        {
            var normalized = ProseText.Normalize(sentence);
            if (normalized.Length > 0)
            {
                sentences.Add(normalized);
            }
        }

        texts.Add(" " + ProseText.Normalize(text) + " ");
    }
}
