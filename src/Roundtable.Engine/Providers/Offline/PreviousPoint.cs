namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// A point another speaker made, in the forms a reply can refer to it: a quotable sentence, the
/// action they proposed ("package the offer into three options"), and the subject it was about.
/// </summary>
internal sealed record PreviousPoint
{
    public required string Speaker { get; init; }

    /// <summary>A sentence of theirs worth quoting, without its final full stop.</summary>
    public string? Quote { get; init; }

    /// <summary>What they proposed to do, as a phrase that follows "we should".</summary>
    public string? Action { get; init; }

    /// <summary>The subject of their point: "the Google Business Profile", "pricing".</summary>
    public string? Term { get; init; }

    /// <summary>The question they ended with, when it was put to the current speaker (name removed).</summary>
    public string? Question { get; init; }

    public bool AskedMe => Question is not null;

    /// <summary>The slots a reaction frame uses: {prev}, {prevQuote}, {prevAction}, {prevTerm}.</summary>
    public SlotValues AddTo(SlotValues slots) => slots
        .Set("prev", Speaker)
        .Set("prevQuote", Quote)
        .Set("prevAction", Action)
        .Set("prevTerm", Term);
}
