using System.Text.RegularExpressions;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Decides who answers without a model, deterministically from the transcript: the representative
/// whose role owns the line's strongest topic answers (ties: the decision maker, then whoever spoke
/// least recently); with no topic, the decision maker, then the least recent speaker. A second
/// representative interjects when the line also touches their role's topics, or when the topic is
/// high-stakes (price, contract, commitment) and the decision maker has not answered yet. A short
/// acknowledgement without a question ("Thanks, noted.") is left to stand.
/// </summary>
internal static partial class ResponderRules
{
    public static ResponderPlan Plan(MeetingBrief brief, IReadOnlyList<MeetingLine> history)
    {
        var line = history.Count > 0 && history[^1].IsSalesperson ? history[^1].Text : string.Empty;
        var representatives = brief.Representatives;
        if (representatives.Count == 0 || string.IsNullOrWhiteSpace(line))
        {
            return new([], "nothing to answer", ResponderPlanSource.Rules, null);
        }

        if (IsAcknowledgement(line))
        {
            return new([], "a short acknowledgement without a question: the representatives let it stand", ResponderPlanSource.Rules, null);
        }

        var topics = RoleTopics.In(line, representatives.Select(r => RoleVocabulary.For(r.Role)).DistinctBy(g => g.Key));
        var recency = new SpeakerRecency(history);
        var primaryTopic = topics.FirstOrDefault();
        var primary = primaryTopic is null
            ? Best(representatives, recency)
            : Best(representatives.Where(r => RoleVocabulary.For(r.Role).Key == primaryTopic.Group.Key), recency);
        var reason = primaryTopic is null
            ? $"no role-specific topic → {Describe(primary)}{(primary.IsDecisionMaker ? " as decision maker" : " (least recent speaker)")}"
            : $"{primaryTopic.FirstTopic} question → {Describe(primary)}";

        var second = SecondTopic(topics, primary, representatives, recency) is { } other
            ? (Representative: other.Representative, Why: $"{Describe(other.Representative)} adds the {other.Topic} angle")
            : HighStakes(line) is { } stake && !primary.IsDecisionMaker && Best(representatives.Where(r => r.IsDecisionMaker && r != primary), recency, orNull: true) is { } decider
                ? (Representative: decider, Why: $"{Describe(decider)} adds a view as decision maker on a high-stakes topic ({stake})")
                : default;
        return second.Representative is null
            ? new([primary.Id], reason, ResponderPlanSource.Rules, null)
            : new([primary.Id, second.Representative.Id], reason + "; " + second.Why, ResponderPlanSource.Rules, null);
    }

    public static string Describe(Representative representative) => $"{representative.Name} ({RoleVocabulary.Label(representative.Role)})";

    private static (Representative Representative, string Topic)? SecondTopic(
        IReadOnlyList<TopicMatch> topics, Representative primary, IReadOnlyList<Representative> representatives, SpeakerRecency recency)
    {
        foreach (var topic in topics.Skip(1))
        {
            var candidates = representatives.Where(r => r != primary && RoleVocabulary.For(r.Role).Key == topic.Group.Key);
            if (Best(candidates, recency, orNull: true) is { } found)
            {
                return (found, topic.FirstTopic);
            }
        }

        return null;
    }

    private static Representative Best(IEnumerable<Representative> candidates, SpeakerRecency recency) =>
        Best(candidates, recency, orNull: false)!;

    private static Representative? Best(IEnumerable<Representative> candidates, SpeakerRecency recency, bool orNull)
    {
        var ordered = candidates.Select((r, i) => (Representative: r, Order: i))
            .OrderByDescending(c => c.Representative.IsDecisionMaker)
            .ThenBy(c => recency.LastTurnOf(c.Representative.Id))
            .ThenBy(c => c.Order)
            .Select(c => c.Representative)
            .FirstOrDefault();
        return ordered ?? (orNull ? null : throw new InvalidOperationException("No representative to choose from."));
    }

    private static bool IsAcknowledgement(string line) =>
        !line.Contains('?', StringComparison.Ordinal) && TranscriptText.CountWords(line) <= 6 && Acknowledgement().IsMatch(line);

    private static string? HighStakes(string line) => HighStakesTopic().Match(line) is { Success: true } match ? match.Value.ToLowerInvariant() : null;

    [GeneratedRegex(@"^\s*(?:(?:ok(?:ay)?|sure|great|good|thanks?|thank you|much|very|so|got it|understood|noted|perfect|fair enough|makes sense|sounds good|right|cool|alright|appreciated)(?![\p{L}])[\s\p{P}]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"\b(?:pric\w*|contracts?|sign\w*|commit\w*|budget approval|approv\w*|deal|purchase|invest\w*|decision|discount\w*|next steps?|pilot|terms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HighStakesTopic();
}
