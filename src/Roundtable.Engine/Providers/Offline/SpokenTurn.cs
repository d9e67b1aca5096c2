namespace Roundtable.Engine.Providers.Offline;

/// <summary>One earlier message of the conversation as the offline model sees it: who said what.</summary>
internal sealed record SpokenTurn(string Speaker, string Text, bool IsOwn)
{
    private IReadOnlyList<string>? sentences;

    public IReadOnlyList<string> Sentences => sentences ??= ProseText.Sentences(Text);

    /// <summary>Whether the turn ends by asking <paramref name="listener"/> a question.</summary>
    public bool AsksQuestionOf(string listener)
    {
        var last = Sentences.Count > 0 ? Sentences[^1] : string.Empty;
        return last.EndsWith('?') && last.Contains(listener, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The question the turn ends with, if any.</summary>
    public string? ClosingQuestion =>
        Sentences.Count > 0 && Sentences[^1].EndsWith('?') ? Sentences[^1] : null;

    /// <summary>The subject of this turn that best sums it up, from the given candidates.</summary>
    public KeyTerm? MainTerm(IReadOnlyList<KeyTerm> candidates) =>
        candidates
            .Select((term, order) => (Term: term, Count: term.CountIn(Text), Order: order))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Order)
            .Select(x => x.Term)
            .FirstOrDefault();
}
