namespace Roundtable.Engine.Prompts.Templates;

/// <summary>
/// A template's text has a malformed placeholder: empty (<c>{{ }}</c>), never closed
/// (<c>{{name</c>) or with a name that is not a variable name. Template text is user input,
/// so the message says what is wrong and where.
/// </summary>
public sealed class PromptTemplateSyntaxException : PromptTemplateException
{
    public PromptTemplateSyntaxException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    /// <summary>The zero-based character index where the offending placeholder begins.</summary>
    public int Position { get; }

    /// <summary>The one-based line of <see cref="Position"/>, for editors.</summary>
    public int Line { get; init; } = 1;

    /// <summary>The one-based column of <see cref="Position"/>, for editors.</summary>
    public int Column { get; init; } = 1;
}
