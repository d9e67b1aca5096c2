using System.Text.RegularExpressions;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Providers.Offline;

namespace Roundtable.Engine.Tests.Providers.Offline;

/// <summary>
/// The roundtable guarantees checked over many seeds, topics and with or without a knowledge base,
/// so that a rare combination of frames cannot slip past a single sample.
/// </summary>
public sealed class OfflineConversationPropertyTests
{
    private static readonly string[] Topics =
    [
        "Storm Damage Restoration and Insurance Claims",
        "Emergency Roof Repair Services and 24/7 Availability",
        "Professional Roofing Installation with Quality Materials",
        "Customer Satisfaction and Transparent Pricing Policy",
        "Preventive Roof Maintenance and Inspection Services",
    ];

    public static TheoryData<int> Batches => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task GetResponseAsync_ManySeedsAndTopics_EveryMessageKeepsEveryPromise(int batch)
    {
        var problems = new List<string>();
        for (var seed = batch * 10; seed < batch * 10 + 10; seed++)
        {
            var setting = OfflineShowcase.StormSetting(seed) with
            {
                Topic = Topics[seed % Topics.Length],
                Knowledge = seed % 3 == 0 ? [] : OfflineShowcase.RoofingKnowledge,
            };
            problems.AddRange(Check(seed, setting, await OfflineShowcase.RunAsync(setting)));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> Check(long seed, ConversationSetting setting, IReadOnlyList<ConversationTurn> turns)
    {
        var focus = TopicFocus.From(setting.Topic, []).Variants;
        var said = new Dictionary<string, int>();
        foreach (var turn in turns)
        {
            var where = $"seed {seed}, message {turn.Number}";
            var words = OfflineShowcase.ProseWords(turn.Text);
            if (words is < 150 or > 200)
            {
                yield return $"{where}: {words} words";
            }

            if (Regex.IsMatch(turn.Text, @"[{}]|[^\S\n]{2,}| [,.;:]|\.\.|\?\.|\.\?|\b(a|an) (a|an)\b"))
            {
                yield return $"{where}: template artefact";
            }

            if (!focus.Any(f => turn.Text.Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{where}: never names the topic";
            }

            if (!turn.Text.Contains("Perfect Roofing Team", StringComparison.Ordinal) && !turn.Text.Contains("Lodi", StringComparison.Ordinal))
            {
                yield return $"{where}: never names the business or its town";
            }

            if (turn.Number > 1 && !turn.Text.Contains(turns[turn.Number - 2].SpeakerName, StringComparison.Ordinal))
            {
                yield return $"{where}: does not name the previous speaker";
            }

            foreach (var sentence in ProseText.Sentences(turn.Text))
            {
                if (!said.TryAdd(ProseText.Normalize(sentence), turn.Number))
                {
                    yield return $"{where}: repeats a sentence of message {said[ProseText.Normalize(sentence)]}: {sentence}";
                }

                if (!char.IsUpper(sentence.TrimStart('"')[0]) || !ProseText.EndsLikeSentence(sentence))
                {
                    yield return $"{where}: badly punctuated sentence: {sentence}";
                }
            }
        }
    }
}
