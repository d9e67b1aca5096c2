using System.Text.RegularExpressions;
using Roundtable.Engine.Practice;
using Roundtable.Engine.Providers.Offline;
using Roundtable.Engine.Tests.Support;
using static Roundtable.Engine.Tests.Practice.PracticeFixtures;

namespace Roundtable.Engine.Tests.Practice;

/// <summary>Representatives speaking through the real provider chain: the offline model, and a loopback OpenAI server.</summary>
public sealed partial class RepresentativeReplierTests : IAsyncLifetime
{
    private static readonly string[] Questions =
    [
        "How do you handle invoice approvals today?",
        "What would a 90-day payback mean for your budget?",
        "Would the SAP integration be a concern for your team?",
        "What is your biggest priority for the Hamburg hub this year?",
        "If we ran a pilot with your accounts-payable team, what would success look like?",
    ];

    private LoopbackProviderServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackProviderServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    public static TheoryData<string> Traits => new(PersonalityTraits.All);

    [Theory]
    [MemberData(nameof(Traits))]
    public async Task ReplyAsync_Offline_PersonalityIsVisibleInEveryReply(string trait)
    {
        var replies = await MeetingWith(Cfo with { PersonalityTraits = [trait] });

        Assert.All(replies, reply => Assert.Matches(Marker(trait), reply));
        if (trait is PersonalityTraits.Angry or PersonalityTraits.ColdHearted or PersonalityTraits.Arrogant)
        {
            Assert.All(replies, reply => Assert.DoesNotMatch(WarmWords(), reply));
        }
    }

    [Fact]
    public async Task ReplyAsync_Offline_ColdHeartedSaysLessThanNice()
    {
        var cold = await MeetingWith(Cfo with { PersonalityTraits = [PersonalityTraits.ColdHearted] });
        var nice = await MeetingWith(Cfo with { PersonalityTraits = [PersonalityTraits.Nice] });

        Assert.All(cold, reply => Assert.True(Regex.Count(reply, @"[.!?](\s|$)") <= 3, reply));
        Assert.True(cold.Sum(Words) * 2 < nice.Sum(Words), $"cold {cold.Sum(Words)} words, nice {nice.Sum(Words)} words");
    }

    [Fact]
    public async Task ReplyAsync_Offline_AnswersFromTheRoleAngleWithCompanyAndMaterialFacts()
    {
        var cto = await MeetingWith(Cto with { PersonalityTraits = [PersonalityTraits.Analytical] });
        var all = string.Join(' ', cto);

        Assert.Contains("SAP, Salesforce and Azure", all, StringComparison.Ordinal);
        Assert.Contains("SOC 2 Type II", all, StringComparison.Ordinal);
        Assert.Matches(@"(?i)integration|security|API|implementation", all);
    }

    [Fact]
    public async Task ReplyAsync_Offline_ThreeRepresentativesNeverRepeatASentence()
    {
        using var registry = OfflineRegistry();
        var replier = new RepresentativeReplier(Chain(registry));
        var meeting = Meeting() with { Difficulty = "advanced" };
        var history = new List<MeetingLine>();
        for (var round = 0; round < 4; round++)
        {
            foreach (var question in Questions)
            {
                history.Add(Sales(history.Count + 1, question));
                foreach (var speaker in meeting.Representatives)
                {
                    var reply = await replier.ReplyAsync(meeting, speaker, history, Product.Materials, speaker != meeting.Representatives[0], null, CancellationToken.None);
                    history.Add(Rep(history.Count + 1, speaker, reply.Text));
                }
            }
        }

        var sentences = history.Where(l => !l.IsSalesperson).SelectMany(l => ProseText.Sentences(l.Text)).Select(ProseText.Normalize).ToList();
        Assert.True(sentences.Count > 150, $"{sentences.Count} sentences");
        Assert.Equal(sentences.Count, sentences.Distinct().Count());
    }

    [Fact]
    public async Task ReplyAsync_Offline_InterjectionReactsToTheColleagueByName()
    {
        using var registry = OfflineRegistry();
        var replier = new RepresentativeReplier(Chain(registry));
        var history = new List<MeetingLine> { Sales(1, "What does the rollout cost?"), Rep(2, Cfo, "More than you think.") };

        var reply = await replier.ReplyAsync(Meeting(), Ceo, history, [], interjection: true, null, CancellationToken.None);

        Assert.Contains("Maria", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyAsync_Offline_StreamsDeterministicLabelledTextAndCitesItsMaterials()
    {
        using var registry = OfflineRegistry();
        var replier = new RepresentativeReplier(Chain(registry));
        var history = new List<MeetingLine> { Sales(1, "Would the SAP integration be a concern for your team?") };
        var deltas = new List<string>();

        var reply = await replier.ReplyAsync(Meeting(), Cto, history, Product.Materials, false, (d, _) => { deltas.Add(d); return ValueTask.CompletedTask; }, CancellationToken.None);
        var again = await replier.ReplyAsync(Meeting(), Cto, history, Product.Materials, false, null, CancellationToken.None);

        Assert.True(deltas.Count > 3);
        Assert.Equal(reply.Text, string.Concat(deltas).Trim());
        Assert.Equal(reply.Text, again.Text);
        Assert.True(reply.Producer.IsOffline);
        Assert.Equal(Product.Materials, reply.Citations);
    }

    [Fact]
    public async Task ReplyAsync_Model_PromptCarriesPersonaAndTranscriptFromTheSpeakersView()
    {
        server.ReplyText = "Numbers first, then we talk.";
        using var registry = LoopbackRegistry(server);
        var replier = new RepresentativeReplier(Chain(registry));
        var history = new List<MeetingLine>
        {
            Sales(1, "What does an invoice cost you today?"),
            Rep(2, Cfo, "About eleven dollars."),
            Sales(3, "And how many invoices a month?"),
        };

        var reply = await replier.ReplyAsync(Meeting(), Cfo, history, Product.Materials.Take(1).ToList(), false, null, CancellationToken.None);

        Assert.Equal("Numbers first, then we talk.", reply.Text);
        Assert.False(reply.Producer.IsOffline);
        var messages = server.Requests.Single().Messages;
        var system = messages[0].GetProperty("content").GetString()!;
        Assert.Contains("You are Maria Lopez, CFO of Northwind Logistics", system, StringComparison.Ordinal);
        Assert.Contains("you ask for numbers", system, StringComparison.Ordinal);
        Assert.Contains("[LedgerFlow overview.pdf]", system, StringComparison.Ordinal);
        Assert.Equal(["system", "user", "assistant", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal("Sam_Seller", messages[1].GetProperty("name").GetString());
        Assert.Equal("About eleven dollars.", messages[2].GetProperty("content").GetString());
    }

    private static async Task<List<string>> MeetingWith(Representative speaker)
    {
        using var registry = OfflineRegistry();
        var replier = new RepresentativeReplier(Chain(registry));
        var meeting = Meeting(Ceo, speaker.Id == Cfo.Id ? speaker : Cfo, speaker.Id == Cto.Id ? speaker : Cto) with { Difficulty = "advanced" };
        var history = new List<MeetingLine>();
        var replies = new List<string>();
        foreach (var question in Questions)
        {
            history.Add(Sales(history.Count + 1, question));
            var reply = await replier.ReplyAsync(meeting, speaker, history, Product.Materials, false, null, CancellationToken.None);
            history.Add(Rep(history.Count + 1, speaker, reply.Text));
            replies.Add(reply.Text);
        }

        return replies;
    }

    private static int Words(string text) => ProseText.CountWords(text);

    private static Regex Marker(string trait) => trait switch
    {
        PersonalityTraits.Angry => AngryMarkers(),
        PersonalityTraits.Arrogant => ArrogantMarkers(),
        PersonalityTraits.Soft => SoftMarkers(),
        PersonalityTraits.ColdHearted => ColdMarkers(),
        PersonalityTraits.Nice => WarmWords(),
        PersonalityTraits.Analytical => AnalyticalMarkers(),
        PersonalityTraits.Cool => CoolMarkers(),
        _ => throw new ArgumentOutOfRangeException(nameof(trait)),
    };

    [GeneratedRegex(@"!|(?i:straight answer|get to the point|blunt|dodg|patience|prove it|not impressed|we're done|stop you|annoys|doesn't answer|all day|believe you)")]
    private static partial Regex AngryMarkers();

    [GeneratedRegex(@"(?i)frankly|already ahead|doubt|dozen vendors|basic question|impress me|homework|company like ours|better than|haven't heard|convince me|rescuing")]
    private static partial Regex ArrogantMarkers();

    [GeneratedRegex(@"(?i)take your time|no rush|no pressure|whenever you're ready|appreciate|don't worry|reasonable|help me understand|would you mind|share an example")]
    private static partial Regex SoftMarkers();

    /// <summary>Terse: at most three sentences of at most about twenty words each, ending in a demand or a flat question.</summary>
    [GeneratedRegex(@"^(?:[^.!?]{1,160}[.?]\s*){1,3}$")]
    private static partial Regex ColdMarkers();

    [GeneratedRegex(@"(?i)\b(?:thank|thanks|great|love|lovely|glad|pleasure|wonderful|happy to)\b")]
    private static partial Regex WarmWords();

    [GeneratedRegex(@"(?i)\b(?:data|numbers|metrics|evidence|measured|percentage|sample size|quantify|methodology|baseline)\b")]
    private static partial Regex AnalyticalMarkers();

    [GeneratedRegex(@"(?i)\b(?:sure|no worries|yeah|cool|all good|chat|the deal|shake out|anyway|casually|no need for slides)\b")]
    private static partial Regex CoolMarkers();
}
