using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Roundtable.Engine.Practice;

/// <summary>Finds which roles' topics a line touches, strongest first.</summary>
internal static class RoleTopics
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>Roles by number of topic words in the line, then by the earliest one; roles without a hit are left out.</summary>
    public static IReadOnlyList<TopicMatch> In(string line, IEnumerable<RoleGroup> groups) =>
        groups.Select(group => Match(group, line))
            .OfType<TopicMatch>()
            .OrderByDescending(m => m.Hits)
            .ThenBy(m => m.FirstIndex)
            .ToList();

    private static TopicMatch? Match(RoleGroup group, string line)
    {
        if (group.Topics.Count == 0)
        {
            return null;
        }

        var matches = PatternFor(group).Matches(line);
        return matches.Count == 0 ? null : new TopicMatch(group, matches.Count, matches[0].Value.ToLowerInvariant(), matches[0].Index);
    }

    private static Regex PatternFor(RoleGroup group) =>
        Patterns.GetOrAdd(group.Key, _ => new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join('|', group.Topics) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(200)));
}
