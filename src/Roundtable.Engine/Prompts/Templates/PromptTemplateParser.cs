namespace Roundtable.Engine.Prompts.Templates;

/// <summary>
/// Splits template text into literal text and <c>{{variable}}</c> placeholders (spaces inside the
/// braces allowed). Variable names start with a letter or underscore and continue with letters,
/// digits or underscores. A lone <c>}}</c> or single brace is literal text.
/// </summary>
public static class PromptTemplateParser
{
    private const string Open = "{{";
    private const string Close = "}}";

    /// <exception cref="PromptTemplateSyntaxException">A placeholder is empty, unclosed or badly named.</exception>
    public static IReadOnlyList<PromptTemplateSegment> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<PromptTemplateSegment>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf(Open, position, StringComparison.Ordinal);
            if (open < 0)
            {
                segments.Add(PromptTemplateSegment.Literal(text[position..]));
                break;
            }

            if (open > position)
            {
                segments.Add(PromptTemplateSegment.Literal(text[position..open]));
            }

            var close = text.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            if (close < 0)
            {
                throw SyntaxError(text, open, $"The placeholder '{Excerpt(text, open)}' is never closed with '}}}}'.");
            }

            var name = text[(open + Open.Length)..close].Trim();
            if (name.Length == 0)
            {
                throw SyntaxError(text, open, "A placeholder is empty; write a variable name between the braces, like {{topic}}.");
            }

            if (!IsVariableName(name))
            {
                throw SyntaxError(text, open,
                    $"'{name}' is not a valid variable name; use letters, digits and underscores, starting with a letter or underscore.");
            }

            segments.Add(PromptTemplateSegment.Variable(name));
            position = close + Close.Length;
        }

        return segments;
    }

    /// <summary>The distinct variable names in order of first appearance.</summary>
    /// <exception cref="PromptTemplateSyntaxException">The text is malformed.</exception>
    public static IReadOnlyList<string> ExtractVariables(string text) => VariablesOf(Parse(text));

    internal static IReadOnlyList<string> VariablesOf(IReadOnlyList<PromptTemplateSegment> segments) =>
        [.. segments.Where(s => s.IsVariable).Select(s => s.Value).Distinct(StringComparer.Ordinal)];

    private static bool IsVariableName(string name) =>
        (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Excerpt(string text, int start)
    {
        const int length = 30;
        return text.Length - start <= length ? text[start..] : text.Substring(start, length) + "…";
    }

    private static PromptTemplateSyntaxException SyntaxError(string text, int position, string problem)
    {
        var line = 1 + text.AsSpan(0, position).Count('\n');
        var lineStart = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        var column = position - lineStart + 1;
        return new PromptTemplateSyntaxException($"{problem} (line {line}, column {column})", position) { Line = line, Column = column };
    }
}
