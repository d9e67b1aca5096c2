using Roundtable.Engine.Pacing;
using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Writes one roundtable turn from a <see cref="TurnBrief"/>: a reaction to the previous speaker
/// (or an opening), two themes from the speaker's own expertise with specifics, a fact from the
/// knowledge base, a recommendation and often a question to the next speaker. The layout varies
/// between turns, and the length is fitted to the brief's word range.
/// </summary>
internal sealed class TurnComposer
{
    private const int DefaultMinWords = 110;
    private const int DefaultMaxWords = 160;

    private static readonly TurnShape[] MiddleShapes = [TurnShape.Classic, TurnShape.Direct, TurnShape.CaveatFirst, TurnShape.FactFirst];

    /// <summary>Shapes that get to the answer quickly; opening with a caveat would dodge the question.</summary>
    private static readonly TurnShape[] AnsweringShapes = [TurnShape.Classic, TurnShape.Direct, TurnShape.FactFirst];

    private readonly OfflineRequest request;
    private readonly TurnBrief brief;
    private readonly FramePicker picker;
    private readonly TurnSentences sentences;
    private readonly ComposedMessage message = new();
    private readonly PreviousPoint? previous;
    private readonly KnowledgeFact? fact;
    private readonly (string Speaker, string Term)? earlier;
    private readonly List<KeyTerm> topicTerms;

    public TurnComposer(OfflineRequest request, TurnBrief brief)
    {
        this.request = request;
        this.brief = brief;
        var memory = new ConversationMemory(request.History);
        picker = new FramePicker(new SplitMix64(request.Seed), memory);
        var voice = RoleVoices.For(brief.SpeakerName, brief.SpeakerPersona);
        var properNouns = new[] { brief.Business?.Name, brief.Business?.Location }.OfType<string>();
        var topic = TopicFocus.From(string.IsNullOrWhiteSpace(brief.Topic) ? DefaultTopic(brief.Business) : brief.Topic, properNouns);
        var industry = IndustryProfiles.For(brief.Business?.Industry, brief.Business?.Description);
        var slots = ContextSlots.Build(brief.Business, topic, industry, PersonaFocus.From(brief.SpeakerPersona, brief.SpeakerName));
        topicTerms = topic.Focuses.Select(f => new KeyTerm(System.Text.RegularExpressions.Regex.Escape(f), f)).ToList();
        var names = request.Turns.Select(t => t.Speaker).Append(brief.SpeakerName).Append(brief.NextSpeakerName ?? string.Empty).Distinct().ToList();
        if (request.PreviousTurn is { } last)
        {
            previous = PreviousPointReader.Read(last, brief.SpeakerName, names, topicTerms, picker);
            previous.AddTo(slots);
            earlier = EarlierContribution(last);
        }

        fact = KnowledgeFact.Pick(brief.Knowledge, brief.Business, topic.Topic, memory);
        sentences = new TurnSentences(picker, voice, slots, previous);
    }

    private bool IsLast => brief.TotalMessages > 1 && brief.MessageNumber >= brief.TotalMessages;

    /// <summary>The turn's text, and whether it had to be cut short of a full sentence.</summary>
    public (string Text, bool Truncated) Write()
    {
        var (min, max) = request.WordRange(DefaultMinWords, DefaultMaxWords);
        var margin = Math.Min(8, (max - min) / 6);
        var (low, high) = (min + margin, max - margin);
        var themes = sentences.ThemesInOrder();
        var shape = IsLast ? TurnShape.Last
            : previous is null ? TurnShape.First
            : picker.Choose(previous.AskedMe ? AnsweringShapes : MiddleShapes);
        var anchors = new TurnLayout(message, sentences, picker).Write(shape, themes, fact, earlier, HandoffTarget(), Contributions());

        while (message.WordCount > high && message.DropOne(low, high))
        {
        }

        foreach (var extra in new TurnExtras(message, sentences, anchors, themes, earlier).All())
        {
            if (message.WordCount >= low)
            {
                break;
            }

            extra(high - message.WordCount);
        }

        while (message.WordCount > max && message.DropOne(min, max))
        {
        }

        var text = message.Render();
        return ProseText.CountWords(text) <= max ? (text, false) : (Truncate(text, max), true);
    }

    private string? HandoffTarget() =>
        brief.NextSpeakerName is { Length: > 0 } next && !IsLast && !OfflineRequestReader.SameName(next, brief.SpeakerName) && picker.Chance(70)
            ? next
            : null;

    /// <summary>Each other speaker's main subject, from their latest turn, for the closing summary.</summary>
    private List<(string Speaker, string Term)> Contributions()
    {
        var result = new List<(string Speaker, string Term)>();
        foreach (var turn in request.Turns.Where(t => !t.IsOwn).Reverse())
        {
            if (result.Count == 3 || result.Any(r => OfflineRequestReader.SameName(r.Speaker, turn.Speaker)))
            {
                continue;
            }

            if (PreviousPointReader.MainTermOf(turn, topicTerms) is { } term && result.All(r => r.Term != term))
            {
                result.Add((turn.Speaker, term));
            }
        }

        result.Reverse();
        return result;
    }

    private (string, string)? EarlierContribution(SpokenTurn last)
    {
        var turn = request.Turns.TakeWhile(t => !ReferenceEquals(t, last))
            .LastOrDefault(t => !t.IsOwn && !OfflineRequestReader.SameName(t.Speaker, last.Speaker));
        var term = turn is null ? null : PreviousPointReader.MainTermOf(turn, topicTerms);
        return term is null || term == previous?.Term ? null : (turn!.Speaker, term);
    }

    private static string DefaultTopic(BusinessProfile? business) =>
        business?.Industry is { Length: > 0 } industry ? $"Growing a {industry.ToLowerInvariant()} business" : "Growing the business";

    private static string Truncate(string text, int maxWords) => ProseText.FirstWords(text, maxWords);
}
