using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Rates a finished meeting with the analyst model (structured output), keeping only quotes that
/// occur in the transcript. When the offline model answers, the call fails or the answer is invalid,
/// the scorecard is computed from the analytics and the transcript (<see cref="ScorecardCalculator"/>)
/// and its producer says offline.
/// </summary>
public sealed partial class ScorecardWriter(IChatClient client, ILogger<ScorecardWriter>? logger = null) : IScorecardWriter
{
    private static readonly JsonElement Schema = ModelJson.Schema($$"""
        {
          "type": "object",
          "properties": {
            "items": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "criterion": { "type": "string", "enum": {{JsonSerializer.Serialize(ScorecardCriteria.All)}} },
                  "score": { "type": "integer", "minimum": 0, "maximum": 10 },
                  "reason": { "type": "string" },
                  "quotes": { "type": "array", "items": { "type": "string" } }
                },
                "required": ["criterion", "score", "reason", "quotes"],
                "additionalProperties": false
              }
            },
            "summary": { "type": "string" }
          },
          "required": ["items", "summary"],
          "additionalProperties": false
        }
        """);

    private readonly ILogger logger = logger ?? NullLogger<ScorecardWriter>.Instance;

    public async Task<Scorecard> WriteAsync(MeetingBrief brief, IReadOnlyList<MeetingLine> transcript, MeetingAnalytics analytics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(analytics);
        var computed = ScorecardCalculator.Score(brief, transcript, analytics);
        if (!transcript.Any(l => l.IsSalesperson))
        {
            return Computed(computed, analytics, OfflineProducers.Computed(null, null));
        }

        MessageProducer? producer = null;
        string problem;
        try
        {
            var response = await client.GetResponseAsync(Prompt(brief, transcript, analytics), Options, cancellationToken).ConfigureAwait(false);
            producer = MessageProducer.From(response);
            if (producer is { IsOffline: true })
            {
                return Computed(computed, analytics, OfflineProducers.Computed(producer, null));
            }

            var (items, summary, invalid) = ScorecardReader.Read(response.Text, new TranscriptEvidence(transcript), computed);
            problem = invalid;
            if (items is not null)
            {
                return new Scorecard(items, Overall(items), string.IsNullOrWhiteSpace(summary) ? Summary(items, analytics) : summary,
                    producer ?? OfflineProducers.Unattributed(response.ModelId));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A computed scorecard is always available; a provider failure must not lose the meeting's assessment.
            problem = "the model call failed";
            LogModelFailed(logger, exception);
        }

        LogComputed(logger, problem);
        return Computed(computed, analytics, OfflineProducers.Computed(producer, problem));
    }

    private static ChatOptions Options => new()
    {
        Temperature = 0.2f,
        MaxOutputTokens = 1_200,
        ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema, "scorecard", "Scores 0-10 with reasons quoting the transcript."),
    };

    private static Scorecard Computed(IReadOnlyList<ScoreItem> items, MeetingAnalytics analytics, MessageProducer producer) =>
        new(items, Overall(items), Summary(items, analytics), producer);

    private static double Overall(IReadOnlyList<ScoreItem> items) => Math.Round(items.Average(i => i.Score), 1);

    private static string Summary(IReadOnlyList<ScoreItem> items, MeetingAnalytics analytics)
    {
        var best = items.MaxBy(i => i.Score)!;
        var weakest = items.MinBy(i => i.Score)!;
        return string.Create(CultureInfo.InvariantCulture,
            $"Overall {Overall(items):0.0}/10 over {analytics.TotalTurns} turns; the salesperson spoke {analytics.TalkTimeRatio * 100:0}% of the words. "
            + $"Strongest: {Label(best.Criterion)} ({best.Score}/10). Work on: {Label(weakest.Criterion)} ({weakest.Score}/10).");
    }

    private static string Label(string criterion) => criterion.Replace('_', ' ');

    private static List<ChatMessage> Prompt(MeetingBrief brief, IReadOnlyList<MeetingLine> transcript, MeetingAnalytics analytics)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Product: {brief.Product.Name}. Company: {brief.Company.Name}. Goal: {brief.Goal}. Difficulty: {brief.Difficulty}.")
            .AppendLine("Top questions: " + string.Join(" | ", brief.TopQuestions))
            .AppendLine(string.Create(CultureInfo.InvariantCulture, $"Analytics: {analytics.TotalTurns} turns, salesperson share of words {analytics.TalkTimeRatio:0.00}, {analytics.QuestionsAsked.Count} questions asked, {analytics.TopQuestions.Count(q => q.Covered)} top questions covered."))
            .AppendLine("Transcript:");
        foreach (var line in transcript)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{line.SpeakerName}{(line.IsSalesperson ? " (salesperson)" : string.Empty)}: {line.Text}");
        }

        return
        [
            new ChatMessage(ChatRole.System,
                "You coach salespeople. Rate the salesperson in this practice meeting on discovery, objection_handling, value_articulation, next_steps and goal_achievement, each 0-10, "
                + "with a short reason. Quotes must be copied word for word from the transcript. Answer with JSON: "
                + "{\"items\": [{\"criterion\", \"score\", \"reason\", \"quotes\": [..]}], \"summary\": \"two sentences\"}."),
            new ChatMessage(ChatRole.User, text.ToString()),
        ];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The analyst model failed while writing a scorecard.")]
    private static partial void LogModelFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scorecard computed from the analytics ({Problem}).")]
    private static partial void LogComputed(ILogger logger, string problem);
}
