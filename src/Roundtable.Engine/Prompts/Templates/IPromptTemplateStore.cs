namespace Roundtable.Engine.Prompts.Templates;

/// <summary>
/// Named, versioned prompt templates. Adding to a name creates its next version; earlier versions
/// never change, so a conversation can always show the exact prompt it was run with.
/// </summary>
public interface IPromptTemplateStore
{
    /// <summary>The latest version of <paramref name="name"/>, or <see langword="null"/> when there is none.</summary>
    PromptTemplate? Get(string name);

    /// <summary>Version <paramref name="version"/> of <paramref name="name"/>, or <see langword="null"/> when there is none.</summary>
    PromptTemplate? Get(string name, int version);

    /// <summary>Stores <paramref name="text"/> as the next version of <paramref name="name"/> (1 for a new name).</summary>
    /// <exception cref="ArgumentException">The name is not a valid template name.</exception>
    /// <exception cref="PromptTemplateSyntaxException">The text has a malformed placeholder.</exception>
    PromptTemplate Add(string name, string text, string? description = null);

    /// <summary>The latest version of every template, ordered by name.</summary>
    IReadOnlyList<PromptTemplate> List();

    /// <summary>Every version of <paramref name="name"/>, oldest first; empty when there is none.</summary>
    IReadOnlyList<PromptTemplate> ListVersions(string name);
}
