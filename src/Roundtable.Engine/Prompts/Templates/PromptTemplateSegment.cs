namespace Roundtable.Engine.Prompts.Templates;

/// <summary>One piece of a parsed template: literal text, or a variable to substitute.</summary>
/// <param name="IsVariable">Whether <paramref name="Value"/> names a variable rather than being literal text.</param>
/// <param name="Value">The literal text, or the variable's name without braces or spaces.</param>
public readonly record struct PromptTemplateSegment(bool IsVariable, string Value)
{
    public static PromptTemplateSegment Literal(string text) => new(false, text);

    public static PromptTemplateSegment Variable(string name) => new(true, name);
}
