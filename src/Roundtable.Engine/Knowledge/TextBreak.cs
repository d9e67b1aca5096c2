namespace Roundtable.Engine.Knowledge;

/// <summary>How strong the boundary after a word is; the chunker prefers to cut at the strongest.</summary>
internal enum TextBreak
{
    Word = 0,
    Clause = 1,
    Sentence = 2,
    Paragraph = 3,
}
