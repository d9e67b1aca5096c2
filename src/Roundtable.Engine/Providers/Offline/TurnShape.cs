namespace Roundtable.Engine.Providers.Offline;

/// <summary>The layouts a roundtable turn can take; varying them keeps consecutive turns from reading alike.</summary>
internal enum TurnShape
{
    /// <summary>Reaction and bridge; two themes around a fact; recommendation and hand-off.</summary>
    Classic,

    /// <summary>Reaction straight into the first theme; second theme and fact; recommendation.</summary>
    Direct,

    /// <summary>A partly-agreeing reaction and a caveat first, then the themes and the fact.</summary>
    CaveatFirst,

    /// <summary>Reaction and a fact from the knowledge base first, then the themes.</summary>
    FactFirst,

    /// <summary>The opening message: opens the topic and frames what customers expect.</summary>
    First,

    /// <summary>The closing message: credits the others and ends with a concrete plan.</summary>
    Last,
}
