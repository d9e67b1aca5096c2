using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Asks the analyst model for five specific strategic questions (structured output). When the
/// offline model answers, the call fails, or the answer is not five distinct questions, the
/// questions are built from the brief itself (<see cref="StrategicQuestionBuilder"/>) and the
/// producer says offline.
/// </summary>
public sealed partial class StrategicQuestionPlanner(IChatClient client, ILogger<StrategicQuestionPlanner>? logger = null) : IStrategicQuestionPlanner
{
    private const int MaxQuestionLength = 400;

    private static readonly JsonElement Schema = ModelJson.Schema("""
        {
          "type": "object",
          "properties": {
            "questions": { "type": "array", "items": { "type": "string" }, "minItems": 5, "maxItems": 5 }
          },
          "required": ["questions"],
          "additionalProperties": false
        }
        """);

    private readonly ILogger logger = logger ?? NullLogger<StrategicQuestionPlanner>.Instance;

    public async Task<StrategicQuestions> PlanAsync(MeetingBrief brief, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        MessageProducer? producer = null;
        string problem;
        try
        {
            var response = await client.GetResponseAsync(Prompt(brief), Options, cancellationToken).ConfigureAwait(false);
            producer = MessageProducer.From(response);
            if (producer is { IsOffline: true })
            {
                return new StrategicQuestions(StrategicQuestionBuilder.Build(brief), OfflineProducers.Computed(producer, null));
            }

            var questions = Read(response.Text, out problem);
            if (questions is not null)
            {
                return new StrategicQuestions(questions, producer ?? OfflineProducers.Unattributed(response.ModelId));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Questions built from the brief are always available; a provider failure must not block creating a meeting.
            problem = "the model call failed";
            LogModelFailed(logger, exception);
        }

        LogBuiltFromBrief(logger, problem);
        return new StrategicQuestions(StrategicQuestionBuilder.Build(brief), OfflineProducers.Computed(producer, problem));
    }

    private static ChatOptions Options => new()
    {
        Temperature = 0.4f,
        MaxOutputTokens = 600,
        ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema, "strategic_questions", "The five questions the salesperson should get answered."),
    };

    private static List<string>? Read(string? text, out string problem)
    {
        problem = "the answer is not a JSON object with a \"questions\" array";
        if (ModelJson.Object(text) is not { } root || ModelJson.Array(root, "questions") is not { } items)
        {
            return null;
        }

        var questions = items.Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!.Trim())
            .Where(q => q.Length is > 10 and <= MaxQuestionLength)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (questions.Count < StrategicQuestionBuilder.Count)
        {
            problem = $"{questions.Count} usable questions instead of {StrategicQuestionBuilder.Count}";
            return null;
        }

        return questions.Take(StrategicQuestionBuilder.Count).Select(q => q.EndsWith('?') ? q : q.TrimEnd('.') + "?").ToList();
    }

    private static List<ChatMessage> Prompt(MeetingBrief brief)
    {
        var company = brief.Company;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Product: {brief.Product.Name}: {brief.Product.Description}")
            .AppendLine(CultureInfo.InvariantCulture, $"Prospect: {company.Name}; industry: {company.Industry ?? "unknown"}; size: {company.CompanySize ?? "unknown"}; headquarters: {company.Headquarters ?? "unknown"}")
            .AppendLine("Tech stack: " + (company.TechStack.Count > 0 ? string.Join(", ", company.TechStack) : "unknown"))
            .AppendLine("Open roles: " + (company.OpenRoles.Count > 0 ? string.Join(", ", company.OpenRoles) : "unknown"))
            .AppendLine("Recent news: " + (company.LatestNews.Count > 0 ? string.Join("; ", company.LatestNews) : "none known"))
            .AppendLine("People in the meeting: " + string.Join(", ", brief.Representatives.Select(r => ResponderRules.Describe(r) + (r.IsDecisionMaker ? ", decision maker" : string.Empty))))
            .AppendLine("Meeting goal: " + brief.Goal);
        foreach (var material in brief.Product.Materials.Take(4))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Material [{material.Title}]: {material.Text}");
        }

        return
        [
            new ChatMessage(ChatRole.System,
                "You prepare salespeople for meetings. Write the five strategic questions this salesperson must get answered in this meeting: specific to this product and this company (use the facts given), open-ended, one sentence each. Answer with JSON: {\"questions\": [five strings]}."),
            new ChatMessage(ChatRole.User, text.ToString()),
        ];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The analyst model failed while writing strategic questions.")]
    private static partial void LogModelFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Strategic questions built from the brief ({Problem}).")]
    private static partial void LogBuiltFromBrief(ILogger logger, string problem);
}
