namespace Roundtable.Engine.Prompts.Templates;

/// <summary>
/// A thread-safe <see cref="IPromptTemplateStore"/> held in memory, for the engine and the CLI;
/// the server keeps templates in its database instead. Names are case-sensitive.
/// </summary>
public sealed class InMemoryPromptTemplateStore(TimeProvider timeProvider) : IPromptTemplateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<PromptTemplate>> versionsByName = new(StringComparer.Ordinal);

    public InMemoryPromptTemplateStore()
        : this(TimeProvider.System)
    {
    }

    public PromptTemplate? Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (gate)
        {
            return versionsByName.TryGetValue(name, out var versions) ? versions[^1] : null;
        }
    }

    public PromptTemplate? Get(string name, int version)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (gate)
        {
            return versionsByName.TryGetValue(name, out var versions) && version >= 1 && version <= versions.Count
                ? versions[version - 1]
                : null;
        }
    }

    public PromptTemplate Add(string name, string text, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        lock (gate)
        {
            if (!versionsByName.TryGetValue(name, out var versions))
            {
                versions = [];
            }

            // Built before anything is stored, so an invalid name or text leaves the store unchanged.
            var template = new PromptTemplate(name, versions.Count + 1, text, description, timeProvider.GetUtcNow());
            versions.Add(template);
            versionsByName[name] = versions;
            return template;
        }
    }

    public IReadOnlyList<PromptTemplate> List()
    {
        lock (gate)
        {
            return [.. versionsByName.Values.Select(versions => versions[^1]).OrderBy(template => template.Name, StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<PromptTemplate> ListVersions(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (gate)
        {
            return versionsByName.TryGetValue(name, out var versions) ? [.. versions] : [];
        }
    }
}
