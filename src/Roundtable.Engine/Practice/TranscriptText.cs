using System.Text.RegularExpressions;
using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Text measures shared by the meeting's analytics, rules and scorecard: words, sentences,
/// questions and search terms (stemmed, stop words dropped, as the knowledge index analyses text).
/// </summary>
internal static partial class TranscriptText
{
    public static int CountWords(string? text) => Word().Count(text ?? string.Empty);

    public static IReadOnlyList<string> Sentences(string? text) =>
        SentenceEnd().Split(text ?? string.Empty).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>The sentences of a line that end with a question mark.</summary>
    public static IReadOnlyList<string> Questions(string? text) =>
        Sentences(text).Where(s => s.TrimEnd('"', '”', '\'', ')').EndsWith('?')).ToList();

    public static HashSet<string> Terms(string? text) => [.. KnowledgeTextAnalyzer.Terms(text ?? string.Empty)];

    /// <summary>Share of <paramref name="wanted"/>'s terms found in <paramref name="said"/>, 0..1.</summary>
    public static double Coverage(IReadOnlySet<string> wanted, IReadOnlySet<string> said) =>
        wanted.Count == 0 ? 0 : (double)wanted.Count(said.Contains) / wanted.Count;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-.,]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[.!?…][""”')]?)\s+|\n+")]
    private static partial Regex SentenceEnd();
}
