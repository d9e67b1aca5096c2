namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// A message being written: paragraphs of sentences, each marked with how readily it can be
/// dropped when the message runs long (0 = never, higher = sooner). Renders to prose with a
/// blank line between paragraphs.
/// </summary>
internal sealed class ComposedMessage
{
    private readonly List<List<Line>> paragraphs = [];

    public int WordCount => paragraphs.Sum(p => p.Sum(l => l.Words));

    public void StartParagraph()
    {
        if (paragraphs.Count == 0 || paragraphs[^1].Count > 0)
        {
            paragraphs.Add([]);
        }
    }

    /// <summary>Appends to the current paragraph; a null sentence (nothing could be written) is ignored.</summary>
    public Line? Add(string? sentence, int dropPriority = 0)
    {
        if (sentence is null)
        {
            return null;
        }

        if (paragraphs.Count == 0)
        {
            paragraphs.Add([]);
        }

        var line = new Line(sentence, dropPriority);
        paragraphs[^1].Add(line);
        return line;
    }

    /// <summary>Inserts right after <paramref name="anchor"/>, or at the end when the anchor is gone.</summary>
    public Line? InsertAfter(Line? anchor, string? sentence, int dropPriority)
    {
        if (sentence is null)
        {
            return null;
        }

        var line = new Line(sentence, dropPriority);
        foreach (var paragraph in paragraphs)
        {
            var index = anchor is null ? -1 : paragraph.IndexOf(anchor);
            if (index >= 0)
            {
                paragraph.Insert(index + 1, line);
                return line;
            }
        }

        paragraphs[^1].Add(line);
        return line;
    }

    /// <summary>
    /// Removes one droppable sentence, preferring one whose removal lands the word count inside
    /// [<paramref name="min"/>, <paramref name="max"/>]; false when only essential sentences remain.
    /// </summary>
    public bool DropOne(int min, int max)
    {
        var total = WordCount;
        var candidate = paragraphs
            .SelectMany(p => p)
            .Where(l => l.DropPriority > 0)
            .OrderByDescending(l => total - l.Words >= min && total - l.Words <= max)
            .ThenByDescending(l => l.DropPriority)
            .ThenByDescending(l => l.Words)
            .FirstOrDefault();
        if (candidate is null)
        {
            return false;
        }

        paragraphs.First(p => p.Contains(candidate)).Remove(candidate);
        return true;
    }

    /// <summary>Whether a sentence that cannot be dropped mentions one of the phrases.</summary>
    public bool EssentialMentions(IEnumerable<string> phrases) =>
        paragraphs.SelectMany(p => p).Any(l => l.DropPriority == 0 && phrases.Any(ph => l.Text.Contains(ph, StringComparison.OrdinalIgnoreCase)));

    public string Render() =>
        string.Join("\n\n", paragraphs.Where(p => p.Count > 0).Select(p => string.Join(" ", p.Select(l => l.Text))));

    /// <summary>One sentence; compared by reference, so identical texts stay distinct lines.</summary>
    internal sealed class Line(string text, int dropPriority)
    {
        public string Text { get; } = text;

        public int Words { get; } = ProseText.CountWords(text);

        public int DropPriority { get; } = dropPriority;
    }
}
