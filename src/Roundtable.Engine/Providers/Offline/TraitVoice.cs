namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// How a Practice representative with one personality trait talks: how they react, how they cut in
/// after a colleague, what they make of a fact, how they hand the question back, and how much they
/// say. Frames use the slots of <see cref="RepresentativeComposer"/> ({subject}, {concern}, {fact}, …).
/// </summary>
internal sealed record TraitVoice
{
    public required string Trait { get; init; }

    public required IReadOnlyList<string> Openers { get; init; }

    /// <summary>Cutting in after {previous} answered.</summary>
    public required IReadOnlyList<string> Interjections { get; init; }

    public required IReadOnlyList<string> FactUses { get; init; }

    /// <summary>The last sentence: a question or demand back to the salesperson, about {concern}.</summary>
    public required IReadOnlyList<string> Closers { get; init; }

    /// <summary>Sentences in a reply, opener and closer included.</summary>
    public required int Sentences { get; init; }
}
