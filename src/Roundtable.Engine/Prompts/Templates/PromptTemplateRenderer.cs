using System.Text;

namespace Roundtable.Engine.Prompts.Templates;

/// <summary>
/// Fills a <see cref="PromptTemplate"/>'s placeholders in one pass. Values are inserted literally:
/// a value that itself contains <c>{{x}}</c> is not expanded again, so user text cannot inject
/// variables. Values for names the template does not use are ignored.
/// </summary>
public static class PromptTemplateRenderer
{
    /// <summary>Renders the template with <paramref name="values"/>.</summary>
    /// <exception cref="PromptTemplateException">
    /// Some variables have no value, or a null, empty or blank one; <see cref="PromptTemplateException.MissingVariables"/> lists them all.
    /// </exception>
    public static string Render(PromptTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        var missing = Validate(template, values);
        if (missing.Count > 0)
        {
            throw new PromptTemplateException(
                $"Prompt template '{template.Name}' (version {template.Version}) is missing values for: {string.Join(", ", missing)}.",
                missing);
        }

        var text = new StringBuilder(template.Text.Length * 2);
        foreach (var segment in template.Segments)
        {
            text.Append(segment.IsVariable ? values[segment.Value] : segment.Value);
        }

        return text.ToString();
    }

    /// <summary>The variables that have no value, or a null, empty or blank one, in template order; empty when the template can render.</summary>
    public static IReadOnlyList<string> Validate(PromptTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        return [.. template.Variables.Where(name => !values.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))];
    }
}
