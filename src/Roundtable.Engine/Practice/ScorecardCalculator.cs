using System.Globalization;
using System.Text.RegularExpressions;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Scores a meeting without a model, from the analytics and the transcript: discovery from the
/// questions asked and the top questions covered; objection handling from how the salesperson
/// answered representatives' objections; value articulation from concrete value statements;
/// next steps from closing language (specific, and agreed); goal achievement from the goal's terms
/// and the representatives' agreement. Every reason quotes the lines it is based on.
/// </summary>
internal static partial class ScorecardCalculator
{
    public static IReadOnlyList<ScoreItem> Score(MeetingBrief brief, IReadOnlyList<MeetingLine> transcript, MeetingAnalytics analytics) =>
    [
        Discovery(transcript, analytics),
        ObjectionHandling(transcript),
        ValueArticulation(brief, transcript),
        NextSteps(transcript),
        GoalAchievement(brief, transcript),
    ];

    private static ScoreItem Discovery(IReadOnlyList<MeetingLine> transcript, MeetingAnalytics analytics)
    {
        var asked = analytics.QuestionsAsked.Count;
        var total = analytics.TopQuestions.Count;
        var covered = analytics.TopQuestions.Count(q => q.Covered);
        var coveragePoints = total == 0 ? Math.Min(5, asked) : (int)Math.Round(5.0 * covered / total);
        var score = Math.Min(5, asked) + coveragePoints;
        var quotes = analytics.QuestionsAsked.Take(2).ToList();
        var reason = asked == 0
            ? "The salesperson asked no questions, so nothing was discovered about the company's needs."
            : $"Asked {Plural(asked, "question")}{(total > 0 ? $" and covered {covered} of {total} top questions" : string.Empty)}, for example {Quoted(quotes[0])}.";
        return new(ScorecardCriteria.Discovery, Clamp(score), reason, quotes);
    }

    private static ScoreItem ObjectionHandling(IReadOnlyList<MeetingLine> transcript)
    {
        var objections = new List<(MeetingLine Objection, MeetingLine? Answer)>();
        for (var i = 0; i < transcript.Count; i++)
        {
            if (!transcript[i].IsSalesperson && Objection().IsMatch(transcript[i].Text))
            {
                objections.Add((transcript[i], transcript.Skip(i + 1).FirstOrDefault(l => l.IsSalesperson)));
            }
        }

        if (objections.Count == 0)
        {
            return new(ScorecardCriteria.ObjectionHandling, 5, "No objections were raised, so objection handling could not be shown.", []);
        }

        var handled = objections.Where(o => o.Answer is { } answer && Handles(answer.Text)).ToList();
        var example = handled.Count > 0 ? handled[0] : objections[0];
        var objectionQuote = Sentence(example.Objection.Text, Objection());
        var quotes = new List<string> { objectionQuote };
        if (example.Answer is { } reply && handled.Count > 0)
        {
            quotes.Add(TranscriptText.Sentences(reply.Text)[0]);
        }

        var reason = handled.Count > 0
            ? $"Answered {handled.Count} of {Plural(objections.Count, "objection")} with acknowledgement or evidence: to {Quoted(objectionQuote)} the reply was {Quoted(quotes[1])}."
            : $"None of the {Plural(objections.Count, "objection")} got a substantive answer, for example {Quoted(objectionQuote)}.";
        return new(ScorecardCriteria.ObjectionHandling, Clamp((int)Math.Round(10.0 * handled.Count / objections.Count)), reason, quotes);
    }

    private static ScoreItem ValueArticulation(MeetingBrief brief, IReadOnlyList<MeetingLine> transcript)
    {
        var statements = transcript.Where(l => l.IsSalesperson)
            .SelectMany(l => TranscriptText.Sentences(l.Text))
            .Where(s => Value().IsMatch(s))
            .ToList();
        var withNumbers = statements.Count(s => Figure().IsMatch(s));
        var namesProduct = statements.Any(s => s.Contains(brief.Product.Name, StringComparison.OrdinalIgnoreCase));
        var score = Math.Min(6, statements.Count * 2) + Math.Min(3, withNumbers) + (namesProduct ? 1 : 0);
        var quotes = statements.OrderByDescending(s => Figure().IsMatch(s)).Take(2).ToList();
        var reason = statements.Count == 0
            ? "The salesperson never stated what the product would save, earn or improve for the company."
            : $"Made {Plural(statements.Count, "value statement")}, {withNumbers} with figures, such as {Quoted(quotes[0])}.";
        return new(ScorecardCriteria.ValueArticulation, Clamp(score), reason, quotes);
    }

    private static ScoreItem NextSteps(IReadOnlyList<MeetingLine> transcript)
    {
        var salesLines = transcript.Where(l => l.IsSalesperson).ToList();
        var closing = salesLines.Skip(salesLines.Count * 2 / 3)
            .Concat(salesLines)
            .FirstOrDefault(l => NextStep().IsMatch(l.Text));
        if (closing is null)
        {
            return new(ScorecardCriteria.NextSteps, 1, "The meeting ended without a proposed next step.", []);
        }

        var sentence = Sentence(closing.Text, NextStep());
        var specific = Specific().IsMatch(closing.Text);
        var agreement = transcript.SkipWhile(l => l != closing).Skip(1).FirstOrDefault(l => !l.IsSalesperson && Agreement().IsMatch(l.Text));
        var quotes = new List<string> { sentence };
        if (agreement is not null)
        {
            quotes.Add(Sentence(agreement.Text, Agreement()));
        }

        var score = 5 + (specific ? 2 : 0) + (agreement is null ? 0 : 3);
        var reason = $"Proposed {Quoted(sentence)}{(specific ? " with a concrete time" : ", without a date")}"
            + (agreement is null ? "; no representative agreed to it." : $"; {agreement.SpeakerName} agreed: {Quoted(quotes[1])}.");
        return new(ScorecardCriteria.NextSteps, Clamp(score), reason, quotes);
    }

    private static ScoreItem GoalAchievement(MeetingBrief brief, IReadOnlyList<MeetingLine> transcript)
    {
        var goal = TranscriptText.Terms(brief.Goal);
        var best = transcript.Where(l => l.IsSalesperson)
            .SelectMany(l => TranscriptText.Sentences(l.Text).Select(s => (Line: l, Sentence: s)))
            .Select(s => (s.Line, s.Sentence, Coverage: TranscriptText.Coverage(goal, TranscriptText.Terms(s.Sentence))))
            .OrderByDescending(s => s.Coverage)
            .FirstOrDefault();
        if (best.Line is null || best.Coverage == 0)
        {
            return new(ScorecardCriteria.GoalAchievement, 1, $"The goal (\"{brief.Goal}\") never came up.", []);
        }

        var agreement = transcript.SkipWhile(l => l != best.Line).Skip(1).FirstOrDefault(l => !l.IsSalesperson && Agreement().IsMatch(l.Text));
        var quotes = new List<string> { best.Sentence };
        if (agreement is not null)
        {
            quotes.Add(Sentence(agreement.Text, Agreement()));
        }

        var score = (int)Math.Round(6 * best.Coverage) + (agreement is null ? 0 : 4);
        var reason = $"The goal came up in {Quoted(best.Sentence)}"
            + (agreement is null ? ", but no representative committed to it." : $", and {agreement.SpeakerName} responded {Quoted(quotes[1])}.");
        return new(ScorecardCriteria.GoalAchievement, Clamp(score), reason, quotes);
    }

    private static bool Handles(string answer) =>
        TranscriptText.CountWords(answer) >= 12 && (Acknowledge().IsMatch(answer) || Figure().IsMatch(answer) || Evidence().IsMatch(answer) || answer.Contains('?', StringComparison.Ordinal));

    /// <summary>The first sentence of a line that matches, else its first sentence: always the line's own words.</summary>
    private static string Sentence(string text, Regex pattern)
    {
        var sentences = TranscriptText.Sentences(text);
        return sentences.FirstOrDefault(pattern.IsMatch) ?? (sentences.Count > 0 ? sentences[0] : text);
    }

    private static int Clamp(int score) => Math.Clamp(score, 0, 10);

    private static string Quoted(string text) => "\"" + text + "\"";

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    [GeneratedRegex(@"(?i)\b(?:concern\w*|worr\w*|expensive|too much|too high|not sure|doubt\w*|risk\w*|believe it when|prove|push back|not convinced|no budget|can't|cannot|won't|don't need|already have|burned|failed|not impressed|heard this|vague|why should)\b")]
    private static partial Regex Objection();

    [GeneratedRegex(@"(?i)\b(?:understand|fair (?:point|question|concern)|good point|i hear you|makes sense|valid|you're right|that's right|great question)\b")]
    private static partial Regex Acknowledge();

    [GeneratedRegex(@"(?i)\b(?:for example|for instance|customers?|case study|reference|guarantee\w*|pilot|certified|proof)\b")]
    private static partial Regex Evidence();

    [GeneratedRegex(@"(?i)\b(?:sav\w*|reduc\w*|increas\w*|roi|payback|pays? back|cut\w*|faster|fewer|revenue|profit\w*|efficien\w*|hours?|errors?|cost\w*|return|grow\w*|improv\w*)\b")]
    private static partial Regex Value();

    [GeneratedRegex(@"\d|%|\b(?:half|double|twice|triple)\b")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?i)\b(?:next steps?|follow[- ]up|schedul\w*|pilot|demo|trial|proposal|send (?:you|over)|calendar|book (?:a|the)|set up (?:a|the)|meet again|reconvene|sign)\b")]
    private static partial Regex NextStep();

    [GeneratedRegex(@"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|this week|next month|\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}(?:st|nd|rd|th)|january|february|march|april|june|july|august|september|october|november|december)\b")]
    private static partial Regex Specific();

    [GeneratedRegex(@"(?i)\b(?:yes|sure|agreed|agree|sounds good|let's do|let's go|deal|okay|ok|fine|works for (?:me|us)|happy to|go ahead|send it)\b")]
    private static partial Regex Agreement();
}
