using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Server.Assistant;

/// <summary>One version of a prompt template; <c>{{variable}}</c> placeholders are listed in <see cref="Variables"/>.</summary>
public sealed record PromptView(string Id, string Name, int Version, string Template, IReadOnlyList<string> Variables, string? Description, DateTimeOffset CreatedAt)
{
    public static PromptView From(PromptTemplate t) => new(t.Name, t.Name, t.Version, t.Text, t.Variables, t.Description, t.CreatedAt);
}
