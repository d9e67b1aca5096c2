using System.Text.RegularExpressions;
using Markdig;

namespace Roundtable.Server.Practice.Materials;

/// <summary>Recognizes Markdown and turns it into plain text for prompts.</summary>
public static partial class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();

    /// <summary>Two or more kinds of Markdown syntax (headings, lists, links, emphasis, code fences) make a text Markdown.</summary>
    public static bool LooksLikeMarkdown(string text)
    {
        var signs = 0;
        if (Heading().IsMatch(text)) signs++;
        if (ListItem().IsMatch(text)) signs++;
        if (Link().IsMatch(text)) signs++;
        if (Emphasis().IsMatch(text)) signs++;
        if (text.Contains("```", StringComparison.Ordinal)) signs++;
        return signs >= 2;
    }

    [GeneratedRegex(@"^#{1,6} \S", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}([-*+]|\d+\.) \S", RegexOptions.Multiline)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)[^*_\n]+\1")]
    private static partial Regex Emphasis();
}
