using Roundtable.Engine.Agents;

namespace Roundtable.Cli.Commands;

/// <summary>Turns the --agents value into agents: "default" or ids such as "seo-specialist,marketing-expert".</summary>
internal static class AgentSelection
{
    /// <summary>Returns an error message, or null when every name was known.</summary>
    public static string? TryResolve(string value, out IReadOnlyList<AgentDefinition> agents)
    {
        agents = ShowcaseAgents.Default;
        if (string.Equals(value.Trim(), "default", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var ids = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = ids.Where(id => ShowcaseAgents.Default.All(a => a.Id != id)).ToList();
        if (ids.Length == 0 || unknown.Count > 0)
        {
            return $"Unknown agent(s): {string.Join(", ", unknown)}. Known: default, {string.Join(", ", ShowcaseAgents.Default.Select(a => a.Id))}.";
        }

        agents = ids.Select(id => ShowcaseAgents.Default.Single(a => a.Id == id)).ToList();
        return null;
    }
}
