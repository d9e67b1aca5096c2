using System.Text.RegularExpressions;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Reads the facts a system prompt carries (knowledge passages such as "- [Fees] Transfers cost
/// $5.", sections under a "Sources:" heading, or plain statements) apart from the instructions
/// addressed to the assistant, and ranks them against a question.
/// </summary>
internal static partial class SystemPromptKnowledge
{
    public static IReadOnlyList<KnowledgeFact> Facts(string systemPrompt)
    {
        var facts = new List<KnowledgeFact>();
        string? title = null;
        var inKnowledge = false;
        foreach (var raw in systemPrompt.Split('\n'))
        {
            var line = raw.Trim().TrimStart('-', '*', '•', ' ');
            if (line.Length == 0)
            {
                continue;
            }

            if (InlineTitle().Match(line) is { Success: true } inline)
            {
                var (inlineTitle, text) = (inline.Groups["title"].Value.Trim(), inline.Groups["text"].Value);
                if (inlineTitle.All(char.IsDigit) && TitleColon().Match(text) is { Success: true } named)
                {
                    (inlineTitle, text) = (named.Groups["title"].Value.Trim(), named.Groups["text"].Value);
                }

                AddSentences(facts, inlineTitle.All(char.IsDigit) ? title : inlineTitle, text, knowledge: true);
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                title = heading.Groups["title"].Value.Trim();
                inKnowledge |= KnowledgeWords().IsMatch(title);
                title = KnowledgeWords().IsMatch(title) && ProseText.CountWords(title) > 2 ? null : title;
            }
            else
            {
                AddSentences(facts, title, line, inKnowledge);
            }
        }

        return facts;
    }

    /// <summary>Facts sharing the most content words with the question, best first; none when nothing overlaps.</summary>
    public static IReadOnlyList<KnowledgeFact> RankFor(IReadOnlyList<KnowledgeFact> facts, IReadOnlySet<string> questionStems) =>
        [.. facts
            .Select((fact, order) => (Fact: fact, Score: QuestionSubject.Stems(fact.Text + " " + fact.Title).Count(questionStems.Contains), Order: order))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Order)
            .Select(x => x.Fact)];

    private static void AddSentences(List<KnowledgeFact> facts, string? title, string text, bool knowledge)
    {
        foreach (var sentence in ProseText.Sentences(text))
        {
            if (ProseText.CountWords(sentence) >= 4 && !sentence.Contains("{{", StringComparison.Ordinal) && (knowledge || !Instruction().IsMatch(sentence)))
            {
                facts.Add(new KnowledgeFact(title, ProseText.WithoutFinalStop(sentence).Replace('"', '\'')));
            }
        }
    }

    [GeneratedRegex(@"^\[(?<title>[^\]]{1,80})\]\s*(?<text>.+)$")]
    private static partial Regex InlineTitle();

    [GeneratedRegex(@"^(?<title>[^:]{2,80}):\s*(?<text>.+)$")]
    private static partial Regex TitleColon();

    [GeneratedRegex(@"^(?:#+\s*(?<title>.+)|(?:source|document|title)s?:\s*(?<title>.+)|(?<title>[^.!?]{2,80}):)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\b(?:facts?|sources?|knowledge|context|documents?|references?|excerpts?|passages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnowledgeWords();

    [GeneratedRegex(@"^(?:you|your|answer|when|if|keep|use|do not|don't|always|never|be|write|stay|give|prefer|refer|build|cite|no|respond|avoid|only|make sure|ask|help|follow|treat|act|remember|speak|how to)\b|\binstructions\b|\bassistant\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();
}
