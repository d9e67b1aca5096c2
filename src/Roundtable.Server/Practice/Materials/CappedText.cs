using System.Text;

namespace Roundtable.Server.Practice.Materials;

/// <summary>Collects extracted text up to a character limit, so a huge document stops being read once the limit is reached.</summary>
public sealed class CappedText(int maxCharacters)
{
    private readonly StringBuilder text = new();

    public bool IsFull => text.Length >= maxCharacters;

    /// <summary>Adds a block (a page, a paragraph, a slide) on its own line; false once the limit is reached.</summary>
    public bool AppendBlock(string block)
    {
        if (IsFull || string.IsNullOrWhiteSpace(block))
            return !IsFull;
        if (text.Length > 0)
            text.Append('\n');
        var room = maxCharacters - text.Length;
        text.Append(block.Length <= room ? block : block[..Math.Max(room, 0)]);
        return !IsFull;
    }

    public override string ToString() => text.ToString().Trim();

    public static string Cap(string text, int maxCharacters) => text.Length <= maxCharacters ? text : text[..maxCharacters];
}
