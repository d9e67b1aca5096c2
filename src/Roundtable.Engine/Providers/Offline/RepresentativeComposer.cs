using Roundtable.Engine.Pacing;
using Roundtable.Engine.Practice;
using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Writes a Practice representative's reply from a <see cref="RepresentativeTurnBrief"/>: a reaction
/// in the voice of their first personality trait (or a cut-in after a colleague), where their
/// company stands on the question from their role's angle, what they make of the most relevant
/// material, an objection on harder difficulties, and a question back in the voice of their second
/// trait (or the first). Short-tempered and cold personalities say less; no sentence is said twice.
/// </summary>
internal sealed class RepresentativeComposer(OfflineRequest request, RepresentativeTurnBrief brief)
{
    private const int MaxFactWords = 40;

    private static readonly HashSet<string> LeadingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "handle", "manage", "process", "run", "approve", "see", "think", "feel", "need", "want", "use", "make", "get",
        "improve", "evaluate", "measure", "plan", "deal", "work", "choose", "decide", "consider", "expect", "prefer", "like", "do", "say", "mean",
    };

    public string Write()
    {
        var picker = new FramePicker(new SplitMix64(request.Seed), new ConversationMemory(request.History));
        var spoken = new SentenceGuard(picker, new ConversationMemory(request.History));
        var voices = brief.Speaker.PersonalityTraits.Select(TraitVoices.For).OfType<TraitVoice>().ToList();
        var voice = voices.FirstOrDefault() ?? TraitVoices.Default;
        var closingVoice = voices.Count > 1 ? voices[1] : voice;
        var angle = MeetingRoleAngles.For(brief.Speaker.Role);
        var slots = Slots(angle);
        var objects = Objects(picker);

        // Ranked by importance: the answer, the question back, the reaction, then the extras.
        var parts = new List<(int Order, int Rank, string? Text)>
        {
            (2, 0, spoken.Pick(angle.Positions, slots)),
            (5, 1, spoken.Pick(closingVoice.Closers, slots)),
            (1, 2, Reaction(spoken, voice, slots)),
            (3, objects ? 4 : 3, Fact() is { } fact ? spoken.Pick(voice.FactUses, slots.Layer().Set("fact", fact.Text).Set("factTitle", fact.Title)) : null),
            (4, objects ? 3 : 5, objects ? spoken.Pick(angle.Objections, slots) : null),
        };
        var budget = voice.Sentences + (objects && voice.Sentences > 2 ? 1 : 0);
        var text = string.Join(' ', parts.Where(p => p.Text is not null).OrderBy(p => p.Rank).Take(budget).OrderBy(p => p.Order).Select(p => p.Text));
        if (text.Length == 0)
        {
            text = picker.Accept($"{ProseText.Capitalize(slots.First("concern", "this"))} is what I need to understand.") ?? "Go on.";
        }

        return request.WordCap is { } cap && ProseText.CountWords(text) > cap ? ProseText.FirstWords(text, cap) : text;
    }

    private string? Reaction(SentenceGuard spoken, TraitVoice voice, SlotValues slots) =>
        brief.Interjection && brief.PreviousReply is { } previous
            ? spoken.Pick(voice.Interjections, slots.Layer().Set("previous", FirstName(previous.SpeakerName)))
            : spoken.Pick(voice.Openers, slots);

    /// <summary>Advanced meetings always get an objection, intermediate ones sometimes, beginners never.</summary>
    private bool Objects(FramePicker picker) => brief.Meeting.Difficulty switch
    {
        "advanced" => true,
        "beginner" => false,
        _ => picker.Chance(40),
    };

    private SlotValues Slots(MeetingRoleAngle angle)
    {
        var company = brief.Meeting.Company;
        var product = brief.Meeting.Product;
        var slots = new SlotValues()
            .Set("subject", Subject())
            .Set("company", company.Name)
            .Set("industry", company.Industry?.ToLowerInvariant())
            .Set("size", company.CompanySize)
            .Set("techStack", JoinAnd(company.TechStack))
            .Set("news", company.LatestNews.Take(2).Select(ProseText.WithoutFinalStop))
            .Set("openRole", company.OpenRoles.Take(3))
            .Set("product", product.Name);
        return slots.Set("concern", angle.Concerns.Select(c => FrameRenderer.Render(c, slots, new SplitMix64(request.Seed))));
    }

    /// <summary>What the salesperson asked about, as a noun phrase: "How do you handle invoice approvals?" gives "invoice approvals".</summary>
    private string Subject()
    {
        var phrase = QuestionSubject.Phrase(brief.SalespersonLine);
        var words = (phrase ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LeadingVerbs.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        // "Maria, what would this cost us?" is about the cost, not about Maria.
        var names = brief.Meeting.Representatives.SelectMany(r => r.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        words.RemoveAll(w => names.Contains(w.Trim(',', '.', '?', '!')));

        return words.Count == 0 ? "this" : string.Join(' ', words);
    }

    /// <summary>The material sentence that shares the most terms with the salesperson's line, preferring one not yet quoted.</summary>
    private (string Title, string Text)? Fact()
    {
        var wanted = TranscriptText.Terms(brief.SalespersonLine);
        var said = new ConversationMemory(request.History);
        var best = brief.Materials
            .SelectMany(m => ProseText.Sentences(m.Text).Select(s => (Title: TitleOf(m), Text: s)))
            .Where(c => ProseText.CountWords(c.Text) <= MaxFactWords)
            .Select(c => (Candidate: c, Score: TranscriptText.Coverage(wanted, TranscriptText.Terms(c.Text)), Said: said.Mentions(ProseText.Normalize(c.Text))))
            .Where(c => c.Score > 0)
            .OrderBy(c => c.Said)
            .ThenByDescending(c => c.Score)
            .FirstOrDefault();
        return best.Candidate.Text is null ? null : (best.Candidate.Title, ProseText.EndsLikeSentence(best.Candidate.Text) ? best.Candidate.Text : best.Candidate.Text + ".");
    }

    // A file name is spoken as words: "ledgerflow-one-pager.md" becomes "ledgerflow one pager".
    private static string TitleOf(KnowledgeSnippet material) =>
        Path.GetFileNameWithoutExtension(material.Title) is { Length: > 0 } title ? title.Replace('-', ' ').Replace('_', ' ') : material.Title;

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;

    private static string? JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => null,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
