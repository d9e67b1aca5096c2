using System.Text.RegularExpressions;
using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Answers a person's latest message when there is no roundtable brief: it names what they asked
/// about, quotes the best-matching facts from the system prompt (or says plainly that it has none),
/// adds advice in the voice the system prompt describes, and closes with an offer to go further.
/// </summary>
internal sealed partial class DirectAnswerComposer(OfflineRequest request)
{
    private const int DefaultMinWords = 80;
    private const int DefaultMaxWords = 140;

    private static readonly HashSet<string> LowerableStarts =
        ["the", "a", "an", "our", "we", "you", "your", "all", "most", "each", "every", "it", "this", "these", "there", "customers", "accounts", "cards"];

    public (string Text, bool Truncated) Write()
    {
        var memory = new ConversationMemory(request.History);
        var picker = new FramePicker(new SplitMix64(request.Seed), memory);
        var persona = YouAre().Match(request.SystemPrompt) is { Success: true } match ? match.Groups["persona"].Value : string.Empty;
        var voice = RoleVoices.For(null, persona);
        var question = request.LastUserText ?? request.Turns.LastOrDefault(t => !t.IsOwn)?.Text ?? string.Empty;
        var subject = QuestionSubject.Phrase(question) ?? "your question";
        var focus = PersonaFocus.From(persona, null);
        var slots = new SlotValues().Set("subject", subject).Set("personaFocus", PersonaFocus.Join(focus)).Set("personaTerm", focus);
        var facts = SystemPromptKnowledge.RankFor(SystemPromptKnowledge.Facts(request.SystemPrompt), QuestionSubject.Stems(question));
        var (min, max) = request.WordRange(DefaultMinWords, DefaultMaxWords);
        var message = new ComposedMessage();

        var isQuestion = question.Contains('?') || QuestionStart().IsMatch(question);
        var customerFacing = CustomerFacing().IsMatch(persona) || voice.Role != SpeakerRole.General;
        var leads = !isQuestion ? AnswerFrames.StatementLeads : facts.Count > 0 ? AnswerFrames.QuestionLeads : AnswerFrames.NoKnowledgeLeads;
        message.Add(picker.Pick(leads, slots));
        if (facts.Count > 0)
        {
            message.Add(picker.Pick(facts[0].Title is null ? AnswerFrames.PlainFacts : AnswerFrames.TitledFacts, WithFact(slots, facts[0])));
        }
        else if (isQuestion && customerFacing)
        {
            message.Add(picker.Pick(AnswerFrames.NoKnowledge, slots));
            message.Add(picker.Pick(AnswerFrames.GeneralHelp, slots), 2);
        }

        var closing = picker.Pick(isQuestion ? AnswerFrames.Closings : AnswerFrames.StatementFollowUps, slots);
        var advice = customerFacing && voice.Role == SpeakerRole.General ? AnswerFrames.HelpfulTips : voice.Advice;
        var filler = customerFacing ? AnswerFrames.GeneralHelp : AnswerFrames.Probes;
        var extras = facts.Skip(1).Take(2)
            .Select(fact => (Func<int, string?>)(budget => picker.Pick(AnswerFrames.MoreFacts, WithFact(slots, fact), budget)))
            .Concat(Enumerable.Repeat<Func<int, string?>>(budget => picker.Pick(advice, slots, budget), 2))
            .Concat(Enumerable.Repeat<Func<int, string?>>(budget => picker.Pick(filler, slots, budget), 4));
        var closingWords = ProseText.CountWords(closing);
        foreach (var extra in extras)
        {
            if (message.WordCount + closingWords >= min)
            {
                break;
            }

            message.Add(extra(max - closingWords - message.WordCount), 3);
        }

        message.Add(closing);
        while (message.WordCount > max && message.DropOne(min, max))
        {
        }

        var text = message.Render();
        return ProseText.CountWords(text) <= max ? (text, false) : (ProseText.FirstWords(text, max), true);
    }

    private SlotValues WithFact(SlotValues slots, KnowledgeFact fact) =>
        fact.AddTo(slots.Layer()).Set("factLower", LowerFirst(fact.Text));

    /// <summary>
    /// The fact with its first word in lower case, for use mid-sentence; null (so frames that need
    /// it are skipped) unless that word is ordinary: a function word, or one the conversation
    /// itself writes in lower case. "Northwind Bank offers…" keeps its capital.
    /// </summary>
    private string? LowerFirst(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var ordinary = LowerableStarts.Contains(first)
            || Regex.IsMatch(request.SystemPrompt + " " + request.LastUserText, @"(?<![\p{L}])" + Regex.Escape(first) + @"(?![\p{L}])");
        return ordinary ? char.ToLowerInvariant(text[0]) + text[1..] : null;
    }

    /// <summary>The self-description and the instructions right after it: "You are Ava, … You help customers of …".</summary>
    [GeneratedRegex(@"\byou are\s+(?<persona>[^\n]+(?:\n+[^\n]+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex YouAre();

    [GeneratedRegex(@"\b(?:assistant|help(?:s|ing)? (?:customers|clients|people|users|members|patients|you)|support|concierge|agent for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CustomerFacing();

    [GeneratedRegex(@"^\s*(?:how|what|why|when|where|which|who|can|could|would|should|is|are|do|does|did|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();
}
