namespace Roundtable.Engine.Prompts.Templates;

/// <summary>
/// One immutable version of a named prompt template. <see cref="Text"/> holds
/// <c>{{variable}}</c> placeholders; <see cref="Variables"/> is derived from it when the template is
/// created, so a malformed text never becomes a template.
/// </summary>
public sealed record PromptTemplate
{
    /// <summary>The longest template name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <exception cref="ArgumentException">The name is not a valid template name or the version is below 1.</exception>
    /// <exception cref="PromptTemplateSyntaxException">The text has a malformed placeholder.</exception>
    public PromptTemplate(string name, int version, string text, string? description = null, DateTimeOffset createdAt = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid template name; use 1–{MaxNameLength} letters, digits, '-', '_' or '.', starting with a letter or digit.",
                nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Name = name;
        Version = version;
        Text = text;
        Segments = PromptTemplateParser.Parse(text);
        Variables = PromptTemplateParser.VariablesOf(Segments);
        Description = description;
        CreatedAt = createdAt;
    }

    public string Name { get; }

    /// <summary>1 for the first version of a name, then one more for each later version.</summary>
    public int Version { get; }

    public string Text { get; }

    /// <summary>The distinct variable names in <see cref="Text"/>, in order of first appearance; all are required.</summary>
    public IReadOnlyList<string> Variables { get; }

    public string? Description { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    internal IReadOnlyList<PromptTemplateSegment> Segments { get; }

    /// <summary>Whether <paramref name="name"/> may name a template (e.g. <c>showcase-agent</c>).</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name)
        && name.Length <= MaxNameLength
        && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    // Variables and segments follow from Text, so they are left out of equality.
    public bool Equals(PromptTemplate? other) =>
        other is not null
        && Name == other.Name
        && Version == other.Version
        && Text == other.Text
        && Description == other.Description
        && CreatedAt == other.CreatedAt;

    public override int GetHashCode() => HashCode.Combine(Name, Version, Text, Description, CreatedAt);
}
