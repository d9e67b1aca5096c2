namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Writes the individual sentences of a roundtable turn, each kind from its own frames and the
/// speaker's voice. Every method returns null when nothing new can be said, and every sentence
/// respects a word budget so the composer can fit the requested length.
/// </summary>
internal sealed class TurnSentences(FramePicker picker, RoleVoice voice, SlotValues slots, PreviousPoint? previous)
{
    public string? Opening(bool challenge, int budget = int.MaxValue)
    {
        if (previous is null)
        {
            return picker.Pick(OpeningFrames.Openers, slots, budget);
        }

        var frames = previous.AskedMe ? OpeningFrames.Answers : challenge ? OpeningFrames.Challenges : OpeningFrames.Agreements;
        return picker.PickFresh(frames, slots, budget)
            ?? picker.PickFresh(OpeningFrames.Agreements, slots, budget)
            ?? picker.Pick(frames, slots, budget)
            ?? picker.Pick(OpeningFrames.Agreements, slots, budget)
            ?? picker.Accept($"{previous.Speaker} raised a fair point, and I want to add my own angle on {slots.First("focus", "this")}.");
    }

    /// <summary>A sentence that follows a quoting reaction, or null when the reaction quoted nothing.</summary>
    public string? AfterQuote(string? opening) =>
        opening is not null && opening.Contains('"', StringComparison.Ordinal) ? picker.Pick(OpeningFrames.QuoteFollowUps, slots) : null;

    public string? Framing(int budget = int.MaxValue) => picker.Pick(OpeningFrames.Framings, slots, budget);

    public string? Bridge(int budget = int.MaxValue) => picker.Pick(voice.Bridges, slots, budget);

    public string? Point(VoiceTheme theme, int budget = int.MaxValue) => picker.Pick(theme.Points, theme.SlotsFrom(slots), budget);

    /// <summary>A detail of the theme not used in this turn yet.</summary>
    public string? Detail(VoiceTheme theme, int budget = int.MaxValue) => picker.Pick(theme.Details, theme.SlotsFrom(slots), budget);

    public string? Fact(KnowledgeFact? fact, int budget = int.MaxValue) => fact is null
        ? null
        : picker.Pick(fact.Title is null ? ClosingFrames.ProfileFacts : ClosingFrames.TitledFacts, fact.AddTo(slots.Layer()), budget);

    public string? FactUse(int budget = int.MaxValue) => picker.Pick(voice.KnowledgeUses, slots, budget);

    /// <summary>
    /// A recommendation that, when the turn has not done so yet, names the business (or its town)
    /// and the topic, so that every message stays anchored in both.
    /// </summary>
    public string? Recommendation(bool needBusiness, bool needTopic, int budget = int.MaxValue)
    {
        return Grounded(voice.Recommendations, needBusiness, needTopic, budget);
    }

    /// <summary>A sentence from <paramref name="all"/>, preferring frames that name what is still missing.</summary>
    private string? Grounded(IReadOnlyList<string> all, bool needBusiness, bool needTopic, int budget)
    {
        static bool NamesBusiness(string f) => f.Contains("{business}", StringComparison.OrdinalIgnoreCase) || f.Contains("{town}", StringComparison.Ordinal);
        var serviceIsTopic = slots.Candidates("service").All(slots.Candidates("focus").Contains);
        bool NamesTopic(string f) => f.Contains("{focus}", StringComparison.Ordinal) || f.Contains("{topic}", StringComparison.Ordinal)
            || (serviceIsTopic && f.Contains("{service}", StringComparison.Ordinal));
        return picker.Pick([.. all.Where(f => (!needBusiness || NamesBusiness(f)) && (!needTopic || NamesTopic(f)))], slots, budget)
            ?? picker.Pick([.. all.Where(f => needTopic ? NamesTopic(f) : NamesBusiness(f))], slots, budget)
            ?? picker.Pick(all, slots, budget);
    }

    /// <summary>The names that ground a turn in the business: its name and its town.</summary>
    public IEnumerable<string> BusinessNames() =>
        new[] { slots.First("business", string.Empty), slots.First("town", string.Empty) }.Where(n => n.Length > 0 && n != "the area" && n != "the business");

    /// <summary>The phrases that show a turn is on topic.</summary>
    public IEnumerable<string> TopicNames() => slots.Candidates("focus");

    public string? Outcome(int budget = int.MaxValue) => picker.Pick(voice.Outcomes, slots, budget);

    public string? Caution(int budget = int.MaxValue) => picker.Pick(voice.Cautions, slots, budget);

    public string? Callback(string? earlier, string? earlierTerm, int budget = int.MaxValue) =>
        earlier is null || earlierTerm is null
            ? null
            : picker.Pick(OpeningFrames.Callbacks, slots.Layer().Set("earlier", earlier).Set("earlierTerm", earlierTerm), budget);

    /// <summary>A question handed to the next speaker, in terms of that speaker's role.</summary>
    public string? Handoff(string? next, int budget = int.MaxValue)
    {
        if (next is null)
        {
            return null;
        }

        var listener = RoleVoices.ForListener(next);
        var withNext = slots.Layer().Set("next", next);
        return picker.Pick(listener.Invitations, withNext, budget) ?? picker.Pick(ClosingFrames.Handoffs, withNext, budget);
    }

    public string? SummaryLead(int budget = int.MaxValue) => picker.Pick(ClosingFrames.SummaryLeads, slots, budget);

    public string? NextSteps(bool needBusiness, bool needTopic) => Grounded(ClosingFrames.NextSteps, needBusiness, needTopic, int.MaxValue);

    public string? Closing(bool needBusiness, bool needTopic) => Grounded(ClosingFrames.Closings, needBusiness, needTopic, int.MaxValue);

    /// <summary>"A made the case for X, B kept the focus on Y, and C pushed for Z."</summary>
    public string? Credits(IReadOnlyList<(string Speaker, string Term)> contributions)
    {
        if (contributions.Count < 2)
        {
            return null;
        }

        var verbs = picker.Shuffled(ClosingFrames.CreditVerbs);
        var parts = contributions.Select((c, i) => $"{c.Speaker} {verbs[i % verbs.Count]} {c.Term}").ToList();
        var sentence = parts.Count == 2
            ? $"{parts[0]}, and {parts[1]}."
            : string.Join(", ", parts.Take(parts.Count - 1)) + ", and " + parts[^1] + ".";
        return picker.Accept(sentence);
    }

    /// <summary>
    /// Themes in the order to develop them: one that answers a question put to this speaker first,
    /// then those this speaker has not covered yet.
    /// </summary>
    public List<VoiceTheme> ThemesInOrder()
    {
        var shuffled = picker.Shuffled(voice.Themes);
        var fresh = shuffled.Where(t => !t.WasUsed(picker)).Concat(shuffled.Where(t => t.WasUsed(picker))).ToList();
        if (previous is null)
        {
            return [.. fresh.Where(t => t.IsFoundation || t.Term is not null).Concat(fresh.Where(t => !t.IsFoundation && t.Term is null))];
        }

        if (previous.Question is { } question && fresh.FirstOrDefault(t => t.Answer(question)) is { } answer)
        {
            fresh.Remove(answer);
            fresh.Insert(0, answer);
        }

        return fresh;
    }
}
