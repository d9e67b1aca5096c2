namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Writes the individual sentences of a roundtable turn, each kind from its own frames and the
/// speaker's voice. Every method returns null when nothing new can be said, and every sentence
/// respects a word budget so the composer can fit the requested length.
/// </summary>
internal sealed class TurnSentences(FramePicker picker, RoleVoice voice, SlotValues slots, PreviousPoint? previous)
{
    public RoleVoice Voice => voice;

    public string? Opening(bool challenge, int budget = int.MaxValue)
    {
        if (previous is null)
        {
            return picker.Pick(OpeningFrames.Openers, slots, budget);
        }

        var frames = previous.AskedMe ? OpeningFrames.Answers : challenge ? OpeningFrames.Challenges : OpeningFrames.Agreements;
        return picker.Pick(frames, slots, budget)
            ?? picker.Pick(OpeningFrames.Agreements, slots, budget)
            ?? picker.Accept($"{previous.Speaker} raised a fair point, and I want to add my own angle on {slots.First("focus", "this")}.");
    }

    public string? Bridge(int budget = int.MaxValue) => picker.Pick(voice.Bridges, slots, budget);

    public string? Point(VoiceTheme theme, int budget = int.MaxValue) => picker.Pick(theme.Points, theme.SlotsFrom(slots), budget);

    /// <summary>A detail of the theme not used in this turn yet.</summary>
    public string? Detail(VoiceTheme theme, int budget = int.MaxValue) => picker.Pick(theme.Details, theme.SlotsFrom(slots), budget);

    public string? Fact(KnowledgeFact? fact, int budget = int.MaxValue) => fact is null
        ? null
        : picker.Pick(fact.Title is null ? ClosingFrames.ProfileFacts : ClosingFrames.TitledFacts, fact.AddTo(slots.Layer()), budget);

    public string? FactUse(int budget = int.MaxValue) => picker.Pick(voice.KnowledgeUses, slots, budget);

    public string? Recommendation(int budget = int.MaxValue) => picker.Pick(voice.Recommendations, slots, budget);

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

    public string? NextSteps(int budget = int.MaxValue) => picker.Pick(ClosingFrames.NextSteps, slots, budget);

    public string? Closing(int budget = int.MaxValue) => picker.Pick(ClosingFrames.Closings, slots, budget);

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

    /// <summary>Themes in the order to develop them: those this speaker has not covered yet come first.</summary>
    public List<VoiceTheme> ThemesInOrder()
    {
        var shuffled = picker.Shuffled(voice.Themes);
        return [.. shuffled.Where(t => !t.WasUsed(picker)).Concat(shuffled.Where(t => t.WasUsed(picker)))];
    }
}
