using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Server.Data;

namespace Roundtable.Server.Assistant;

/// <summary>
/// An application's prompt templates (stored, versioned) over the engine's built-in ones. An
/// application's first version of a built-in name continues after the built-in's latest version, so a
/// (name, version) pair always means one text and a running conversation keeps its prompt. Because
/// a version never changes, the versions conversations pin are kept in memory once read.
/// </summary>
public sealed class PromptLibrary(IPromptTemplateStore builtIns, TimeProvider timeProvider)
{
    private const int MaxPinned = 10_000;

    private readonly ConcurrentDictionary<(Guid ApplicationId, string Name, int Version), PromptTemplate> pinned = new();

    public async Task<PromptTemplate?> FindAsync(RoundtableDbContext db, Guid applicationId, string name, int? version, CancellationToken cancellationToken)
    {
        if (version is not { } exact)
        {
            return await FindStoredOrBuiltInAsync(db, applicationId, name, null, cancellationToken);
        }

        if (pinned.TryGetValue((applicationId, name, exact), out var known))
        {
            return known;
        }

        var template = await FindStoredOrBuiltInAsync(db, applicationId, name, exact, cancellationToken);
        if (template is not null)
        {
            if (pinned.Count >= MaxPinned)
            {
                pinned.Clear();
            }

            pinned[(applicationId, name, exact)] = template;
        }

        return template;
    }

    private async Task<PromptTemplate?> FindStoredOrBuiltInAsync(
        RoundtableDbContext db, Guid applicationId, string name, int? version, CancellationToken cancellationToken)
    {
        var stored = db.AssistantPrompts.AsNoTracking().Where(p => p.ApplicationId == applicationId && p.Name == name);
        var row = version is { } v
            ? await stored.FirstOrDefaultAsync(p => p.Version == v, cancellationToken)
            : await stored.OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
        if (row is not null)
        {
            return ToTemplate(row);
        }

        return version is { } builtInVersion ? builtIns.Get(name, builtInVersion) : builtIns.Get(name);
    }

    public async Task<IReadOnlyList<PromptTemplate>> VersionsAsync(RoundtableDbContext db, Guid applicationId, string name, CancellationToken cancellationToken)
    {
        var stored = await db.AssistantPrompts.AsNoTracking()
            .Where(p => p.ApplicationId == applicationId && p.Name == name)
            .OrderBy(p => p.Version)
            .ToListAsync(cancellationToken);
        return [.. builtIns.ListVersions(name), .. stored.Select(ToTemplate)];
    }

    /// <summary>The latest version of every template the application can use, by name.</summary>
    public async Task<IReadOnlyList<PromptTemplate>> LatestAsync(RoundtableDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var stored = await db.AssistantPrompts.AsNoTracking().Where(p => p.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var latest = stored.GroupBy(p => p.Name).Select(g => ToTemplate(g.MaxBy(p => p.Version)!)).ToDictionary(t => t.Name);
        foreach (var builtIn in builtIns.List())
        {
            latest.TryAdd(builtIn.Name, builtIn);
        }

        return [.. latest.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>Stores the next version of <paramref name="name"/>; the text is parsed first, so a malformed one throws.</summary>
    /// <exception cref="PromptTemplateSyntaxException">The text has a malformed placeholder.</exception>
    public async Task<PromptTemplate> AddAsync(
        RoundtableDbContext db, Guid applicationId, string name, string text, string? description, CancellationToken cancellationToken)
    {
        var latestStored = await db.AssistantPrompts
            .Where(p => p.ApplicationId == applicationId && p.Name == name)
            .MaxAsync(p => (int?)p.Version, cancellationToken);
        var version = (latestStored ?? builtIns.Get(name)?.Version ?? 0) + 1;
        var template = new PromptTemplate(name, version, text, description, timeProvider.GetUtcNow());
        db.AssistantPrompts.Add(new AssistantPrompt
        {
            ApplicationId = applicationId,
            Name = name,
            Version = version,
            Text = text,
            Description = description,
            CreatedAt = template.CreatedAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        return template;
    }

    private static PromptTemplate ToTemplate(AssistantPrompt p) => new(p.Name, p.Version, p.Text, p.Description, p.CreatedAt);
}
