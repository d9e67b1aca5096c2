using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Practice;

/// <summary>
/// The orchestrator model's request: who is in the room, the recent transcript, and a JSON schema
/// whose ids are restricted to this meeting's representatives.
/// </summary>
internal static class OrchestratorPrompt
{
    /// <summary>Enough of the meeting to see the thread without paying for the whole transcript.</summary>
    private const int RecentLines = 12;

    public static (List<ChatMessage> Messages, ChatOptions Options) Build(MeetingBrief brief, IReadOnlyList<MeetingLine> history)
    {
        var system = new StringBuilder()
            .AppendLine("You direct turn-taking in a sales practice meeting. A salesperson is meeting representatives of " + brief.Company.Name + ".")
            .AppendLine("Decide which representatives answer the salesperson's last line, in order.")
            .AppendLine("- Answer with JSON only: {\"responders\": [ids], \"reason\": \"one short sentence\"}.")
            .AppendLine("- At most two responders. The first is the one best suited to the subject; a second only when they would naturally interject (a different angle, or the decision maker weighing in).")
            .AppendLine("- An empty list is allowed when a statement needs no answer. The same representative may speak again.")
            .AppendLine("- A representative the salesperson addresses by name or role must answer.")
            .AppendLine("Representatives (use these ids only):");
        foreach (var representative in brief.Representatives)
        {
            system.Append("- id \"").Append(representative.Id).Append("\": ").Append(ResponderRules.Describe(representative))
                .Append(representative.IsDecisionMaker ? ", decision maker" : string.Empty)
                .Append(representative.PersonalityTraits.Count > 0 ? ", " + string.Join(", ", representative.PersonalityTraits) : string.Empty)
                .AppendLine();
        }

        var transcript = new StringBuilder("Transcript (latest last):\n");
        foreach (var line in history.TakeLast(RecentLines))
        {
            transcript.Append(line.SpeakerName).Append(line.IsSalesperson ? " (salesperson)" : string.Empty).Append(": ").AppendLine(line.Text);
        }

        transcript.Append("\nWho answers the salesperson's last line?");
        var options = new ChatOptions
        {
            Temperature = 0,
            MaxOutputTokens = 200,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema(brief), "responder_plan", "Who answers the salesperson, in order, and why."),
        };
        return ([new ChatMessage(ChatRole.System, system.ToString()), new ChatMessage(ChatRole.User, transcript.ToString())], options);
    }

    private static JsonElement Schema(MeetingBrief brief) => ModelJson.Schema($$"""
        {
          "type": "object",
          "properties": {
            "responders": {
              "type": "array",
              "items": { "type": "string", "enum": {{JsonSerializer.Serialize(brief.Representatives.Select(r => r.Id))}} },
              "maxItems": {{ResponderDecisionReader.MaxResponders}}
            },
            "reason": { "type": "string" }
          },
          "required": ["responders", "reason"],
          "additionalProperties": false
        }
        """);
}
