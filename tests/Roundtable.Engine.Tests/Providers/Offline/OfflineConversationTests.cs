using Roundtable.Engine.Conversations;
using Roundtable.Engine.Providers.Offline;
using Xunit.Abstractions;

namespace Roundtable.Engine.Tests.Providers.Offline;

/// <summary>Whole Showcase roundtables written by the offline model, each message fed back as history.</summary>
public sealed class OfflineConversationTests(ITestOutputHelper output)
{
    public static TheoryData<long> Seeds => [1, 42, 2024, 7_777_777];

    [Theory]
    [InlineData("Storm Damage Restoration and Insurance Claims", 42)]
    [InlineData("Emergency Roof Repair Services and 24/7 Availability", 3)]
    public async Task GetResponseAsync_FullShowcaseConversation_WritesSampleTranscript(string topic, long seed)
    {
        var turns = await OfflineShowcase.RunAsync(OfflineShowcase.StormSetting(seed) with { Topic = topic });

        output.WriteLine(OfflineShowcase.Transcript(turns));
        Assert.Equal(16, turns.Count);
        Assert.All(turns, t => Assert.DoesNotContain("[offline]", t.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task GetResponseAsync_SixteenMessageConversation_NeverRepeatsASentence(long seed)
    {
        var turns = await OfflineShowcase.RunAsync(OfflineShowcase.StormSetting(seed));

        var sentences = turns.SelectMany(t => ProseText.Sentences(t.Text).Select(s => (Turn: t.Number, Normalized: ProseText.Normalize(s)))).ToList();
        var repeated = sentences.GroupBy(s => s.Normalized).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} (messages {string.Join(", ", g.Select(s => s.Turn))})").ToList();
        Assert.True(repeated.Count == 0, "Repeated sentences:\n" + string.Join("\n", repeated));
        var openings = turns.Select(t => ProseText.Normalize(ProseText.Sentences(t.Text)[0])).ToList();
        Assert.Equal(openings.Count, openings.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task GetResponseAsync_SixteenMessageConversation_EveryMessageWithinRequestedWords(long seed)
    {
        var turns = await OfflineShowcase.RunAsync(OfflineShowcase.StormSetting(seed));

        Assert.All(turns, t => Assert.InRange(OfflineShowcase.ProseWords(t.Text), 150, 200));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task GetResponseAsync_SixteenMessageConversation_EveryReplyNamesThePreviousSpeaker(long seed)
    {
        var turns = await OfflineShowcase.RunAsync(OfflineShowcase.StormSetting(seed));

        for (var i = 1; i < turns.Count; i++)
        {
            var opening = string.Join(" ", ProseText.Sentences(turns[i].Text).Take(2));
            Assert.Contains(turns[i - 1].SpeakerName, opening, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetResponseAsync_SixteenMessageConversation_GroundedInBusinessTopicAndKnowledge()
    {
        var turns = await OfflineShowcase.RunAsync(OfflineShowcase.StormSetting());

        Assert.All(turns, t => Assert.True(
            t.Text.Contains("Perfect Roofing Team", StringComparison.Ordinal) || t.Text.Contains("Lodi", StringComparison.Ordinal),
            $"Message {t.Number} names neither the business nor its town."));
        Assert.All(turns, t => Assert.Matches("(?i)storm|insurance", t.Text));
        Assert.Contains(turns, t => t.Text.Contains("Lodi", StringComparison.Ordinal));
        var facts = OfflineShowcase.RoofingKnowledge.SelectMany(k => ProseText.Sentences(k.Text)).Select(ProseText.WithoutFinalStop).ToList();
        Assert.Contains(facts, fact => turns[0].Text.Contains(fact, StringComparison.Ordinal));
        Assert.True(turns.Count(t => facts.Any(f => t.Text.Contains(f, StringComparison.Ordinal))) >= 3);
    }

    [Fact]
    public async Task GetResponseAsync_LastMessage_SummarisesOtherSpeakersByName()
    {
        var turns = await OfflineShowcase.RunAsync(OfflineShowcase.StormSetting());

        var last = turns[^1].Text;
        Assert.Contains("Business AI Assistant", last, StringComparison.Ordinal);
        Assert.Contains("SEO AI Specialist", last, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\?\s*$", last);
    }

    [Fact]
    public async Task GetResponseAsync_OtherBusinessAndTopic_StaysOnThatBusinessWithoutTemplateArtefacts()
    {
        var setting = new ConversationSetting
        {
            Topic = "Customer Satisfaction and Transparent Pricing Policy",
            Business = new() { Name = "Bright Smile Dental", Industry = "Dental clinic", Location = "Austin, Texas" },
            Seed = 5,
        };

        var turns = await OfflineShowcase.RunAsync(setting);

        output.WriteLine(OfflineShowcase.Transcript(turns));
        Assert.All(turns, t =>
        {
            Assert.DoesNotMatch(@"[{}]|\s{3,}| ,|\.\.|  (?!\n)", t.Text);
            Assert.DoesNotMatch(@"(?i)\broof", t.Text);
            Assert.InRange(OfflineShowcase.ProseWords(t.Text), 150, 200);
        });
        Assert.Contains(turns, t => t.Text.Contains("patients", StringComparison.Ordinal));
    }
}
