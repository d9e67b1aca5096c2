namespace Roundtable.Engine.Prompts.Templates;

/// <summary>
/// A prompt template cannot be used: values for its variables are missing
/// (<see cref="MissingVariables"/> lists every one of them) or, as the derived
/// <see cref="PromptTemplateSyntaxException"/>, its text is malformed.
/// </summary>
public class PromptTemplateException : Exception
{
    public PromptTemplateException(string message)
        : this(message, [])
    {
    }

    public PromptTemplateException(string message, IReadOnlyList<string> missingVariables)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(missingVariables);
        MissingVariables = [.. missingVariables];
    }

    public PromptTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        MissingVariables = [];
    }

    /// <summary>The variables that had no value or an empty one, in template order; empty for other failures.</summary>
    public IReadOnlyList<string> MissingVariables { get; }
}
