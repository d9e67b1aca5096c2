namespace Roundtable.Engine.Practice;

/// <summary>Computes <see cref="MeetingAnalytics"/> from a transcript.</summary>
/// <remarks>
/// Talk time is measured in words until turns carry audio. Questions are the salesperson's
/// sentences ending with '?'. A top question counts as covered when one salesperson line shares
/// most of its (stemmed) terms. Reply latency runs from a salesperson line to the first
/// representative line after it.
/// </remarks>
public static class MeetingAnalyzer
{
    public const string WordsBasis = "words";

    /// <summary>Words as talk time counts them, for callers that need a line's share without the whole analysis.</summary>
    public static int CountWords(string text) => TranscriptText.CountWords(text);

    public static MeetingAnalytics Analyze(IReadOnlyList<MeetingLine> transcript, IReadOnlyList<string> topQuestions)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(topQuestions);
        var speakers = Speakers(transcript);
        var totalWords = speakers.Sum(s => s.Words);
        var salesWords = speakers.Where(s => s.SpeakerId == MeetingLine.SalespersonId).Sum(s => s.Words);
        var latencies = ReplyLatencies(transcript);
        return new MeetingAnalytics(
            transcript.Count,
            speakers,
            totalWords == 0 ? 0 : Math.Round((double)salesWords / totalWords, 4),
            WordsBasis,
            [.. transcript.Where(l => l.IsSalesperson).SelectMany(l => TranscriptText.Questions(l.Text))],
            LongestMonologue(transcript),
            Interjections(transcript),
            TopQuestionMatcher.Cover(transcript, topQuestions),
            latencies.Count == 0 ? null : latencies.Average(),
            latencies.Count == 0 ? null : latencies.Max());
    }

    private static List<SpeakerStats> Speakers(IReadOnlyList<MeetingLine> transcript) =>
        transcript.GroupBy(l => l.SpeakerId)
            .Select(g => new SpeakerStats(g.Key, g.First().SpeakerName, g.Count(), g.Sum(l => TranscriptText.CountWords(l.Text))))
            .ToList();

    /// <summary>The turn with the most words; the earliest wins a tie.</summary>
    private static Monologue? LongestMonologue(IReadOnlyList<MeetingLine> transcript)
    {
        MeetingLine? longest = null;
        var most = -1;
        foreach (var line in transcript)
        {
            var words = TranscriptText.CountWords(line.Text);
            if (words > most)
            {
                (longest, most) = (line, words);
            }
        }

        return longest is null ? null : new Monologue(longest.SpeakerId, longest.SpeakerName, longest.TurnNumber, most);
    }

    private static int Interjections(IReadOnlyList<MeetingLine> transcript) =>
        transcript.Skip(1).Where((line, i) => !line.IsSalesperson && !transcript[i].IsSalesperson && transcript[i].SpeakerId != line.SpeakerId).Count();

    private static List<double> ReplyLatencies(IReadOnlyList<MeetingLine> transcript)
    {
        var latencies = new List<double>();
        for (var i = 0; i < transcript.Count - 1; i++)
        {
            if (transcript[i].IsSalesperson && !transcript[i + 1].IsSalesperson)
            {
                latencies.Add(Math.Max(0, (transcript[i + 1].At - transcript[i].At).TotalMilliseconds));
            }
        }

        return latencies;
    }
}
