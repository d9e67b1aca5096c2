using System.Text.RegularExpressions;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Finds the point worth answering in another speaker's turn: the sentence that proposes
/// something concrete (a recommendation, a number), skipping their opening reaction, their
/// questions and anything that quotes or names someone else.
/// </summary>
internal static partial class PreviousPointReader
{
    public static PreviousPoint Read(SpokenTurn turn, string listener, IEnumerable<string> speakerNames, IReadOnlyList<KeyTerm> extraTerms, FramePicker picker)
    {
        var terms = RoleVoices.TermsFor(turn.Speaker);
        var names = speakerNames.Where(n => n.Length > 0).ToList();
        var sentences = turn.Sentences;
        var candidates = sentences
            .Select((sentence, index) => (Sentence: sentence, Index: index))
            .Where(x => (x.Index > 0 || sentences.Count == 1) && IsQuotable(x.Sentence, names))
            .Select(x => (x.Sentence, Score: Score(x.Sentence, x.Index, sentences.Count, terms) * 10 + (int)picker.Random.NextInclusive(9)))
            .OrderByDescending(x => x.Score)
            .ToList();
        var key = candidates.Count > 0 ? candidates[0].Sentence : null;
        // Topic words ("storm damage restoration") are in every turn; they sum one up only when nothing else does.
        var term = key is null ? null : terms.Where(t => t.IndexIn(key) >= 0).OrderBy(t => t.IndexIn(key)).FirstOrDefault();
        term ??= turn.MainTerm(terms) ?? turn.MainTerm(extraTerms);
        var action = key is null ? null : ActionOf(key);
        return new PreviousPoint
        {
            Speaker = turn.Speaker,
            // "My recommendation is to…" reads better paraphrased ("X's call to…") than quoted.
            Quote = key is null || action is not null ? null : Shortened(key),
            Action = action,
            Term = term?.Phrase,
            Question = turn.AsksQuestionOf(listener) ? turn.ClosingQuestion!.Replace(listener, string.Empty, StringComparison.OrdinalIgnoreCase) : null,
        };
    }

    /// <summary>The main subject of a turn, for "as X said earlier about Y".</summary>
    public static string? MainTermOf(SpokenTurn turn, IReadOnlyList<KeyTerm> extraTerms) =>
        (turn.MainTerm(RoleVoices.TermsFor(turn.Speaker)) ?? turn.MainTerm(extraTerms))?.Phrase;

    private static bool IsQuotable(string sentence, List<string> names)
    {
        var words = ProseText.CountWords(sentence);
        return words is >= 7 and <= 34
            && !sentence.EndsWith('?')
            && !LeansOnContext().IsMatch(sentence)
            && sentence.IndexOfAny(['"', '“', '”']) < 0
            && !names.Any(n => sentence.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    private static int Score(string sentence, int index, int count, IReadOnlyList<KeyTerm> terms)
    {
        var score = 0;
        if (ActionOf(sentence) is not null)
        {
            score += 3;
        }

        if (sentence.Any(char.IsDigit))
        {
            score += 2;
        }

        if (terms.Any(t => t.IndexIn(sentence) >= 0))
        {
            score += 1;
        }

        if (index > 0 && index < count - 1)
        {
            score += 1;
        }

        return score;
    }

    private static string Shortened(string sentence)
    {
        var text = ProseText.WithoutFinalStop(sentence);
        if (ProseText.CountWords(text) <= 24)
        {
            return text;
        }

        var cut = ClauseEnd().Match(text, Math.Min(text.Length, 40));
        return cut.Success ? text[..cut.Index] : text;
    }

    private static string? ActionOf(string sentence)
    {
        var match = ActionLead().Match(ProseText.WithoutFinalStop(sentence));
        if (!match.Success)
        {
            return null;
        }

        var action = match.Groups["action"].Value;
        var cut = ClauseEnd().Match(action);
        if (cut.Success)
        {
            action = action[..cut.Index];
        }

        action = action.Trim();
        var words = ProseText.CountWords(action);
        return words is >= 3 and <= 18 && !FirstPerson().IsMatch(action) && char.IsLower(action[0]) ? action : null;
    }

    [GeneratedRegex(@"^(?:so,?\s+|practically,?\s+|this week,?\s+)?(?:i'd|i would|i'll|we should|we need to|the team should|my (?:\w+\s+)?recommendation is to|the first step is to|the next step i would take is to)\s+(?<action>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionLead();

    [GeneratedRegex(@",\s+(?:because|so|since|which|while|then|as|rather|but|and then|then)\b|;|:|\s+because\b|\s+so that\b|\s+rather than\b|,\s+(?:with|from|such as)\b")]
    private static partial Regex ClauseEnd();

    /// <summary>Sentences that only make sense after the one before them: "That detail belongs…", "I would put that…".</summary>
    [GeneratedRegex(@"^(?:that|this|it|these|those|they|both|such|i agree|i could not)\b|\b(?:put that|say that|hear that|that detail|that promise|that page)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeansOnContext();

    [GeneratedRegex(@"\b(?:I|my|me|I'd|I'm)\b")]
    private static partial Regex FirstPerson();
}
