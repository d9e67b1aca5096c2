using System.Globalization;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Prompts;

/// <summary>
/// Builds one agent's prompt for its turn: the system prompt from the agent's template, the
/// history from the agent's point of view (its own turns as assistant, everyone else's as named
/// user turns), and a closing instruction. Providers that need alternating roles reshape it further
/// in their own pipeline.
/// </summary>
public sealed class PromptBuilder(IPromptTemplateStore templates)
{
    public AgentPrompt Build(AgentDefinition speaker, ConversationSetting setting, IReadOnlyList<ConversationTurn> history, AgentDefinition? nextSpeaker)
    {
        var number = history.Count + 1;
        var messages = new List<ChatMessage> { new(ChatRole.System, SystemPrompt(speaker, setting, number)) };
        messages.AddRange(history.Select(turn => FromSpeakerView(speaker, turn)));
        messages.Add(new ChatMessage(ChatRole.User, Instruction(speaker, setting, history, nextSpeaker, number)));

        var options = new ChatOptions
        {
            Temperature = speaker.Temperature,
            // Words run about 1.3 tokens; leave room so a provider never cuts a message mid-sentence.
            MaxOutputTokens = Math.Max(speaker.MaxOutputTokens, setting.MaxWords * 2),
            Seed = setting.Seed * 1_000 + number,
            AdditionalProperties = new()
            {
                [TurnBrief.PropertyKey] = Brief(speaker, setting, nextSpeaker, number),
            },
        };
        return new AgentPrompt(messages, options);
    }

    private string SystemPrompt(AgentDefinition speaker, ConversationSetting setting, int number)
    {
        var template = templates.Get(speaker.PromptTemplate)
            ?? throw new InvalidOperationException($"Prompt template '{speaker.PromptTemplate}' does not exist.");
        var business = setting.Business;
        var values = new Dictionary<string, string?>
        {
            ["agent_name"] = speaker.Name,
            ["persona"] = speaker.Persona,
            ["traits"] = speaker.Traits.Count == 0 ? "professional" : string.Join(", ", speaker.Traits),
            ["business_name"] = business?.Name ?? "the business",
            ["business_industry"] = business?.Industry ?? "its industry",
            ["business_location"] = business?.Location ?? "its market",
            ["business_description"] = business?.Description ?? "No further description was given.",
            ["topic"] = setting.Topic,
            ["min_words"] = setting.MinWords.ToString(CultureInfo.InvariantCulture),
            ["max_words"] = setting.MaxWords.ToString(CultureInfo.InvariantCulture),
            ["message_number"] = number.ToString(CultureInfo.InvariantCulture),
            ["total_messages"] = setting.TotalMessages.ToString(CultureInfo.InvariantCulture),
        };
        var prompt = PromptTemplateRenderer.Render(template, values);
        return setting.Knowledge.Count == 0 ? prompt : prompt + "\n\n" + KnowledgeSection(setting.Knowledge);
    }

    private static string KnowledgeSection(IReadOnlyList<KnowledgeSnippet> knowledge) =>
        "Facts you may use (cite the source title when you do):\n"
        + string.Join("\n", knowledge.Select(k => $"- [{k.Title}] {k.Text}"));

    private static ChatMessage FromSpeakerView(AgentDefinition speaker, ConversationTurn turn)
    {
        if (turn.SpeakerId == speaker.Id)
        {
            return new ChatMessage(ChatRole.Assistant, turn.Text) { AuthorName = SpeakerNames.ToWireName(turn.SpeakerName) };
        }

        return new ChatMessage(ChatRole.User, $"{turn.SpeakerName}: {turn.Text}") { AuthorName = SpeakerNames.ToWireName(turn.SpeakerName) };
    }

    private static string Instruction(AgentDefinition speaker, ConversationSetting setting, IReadOnlyList<ConversationTurn> history,
        AgentDefinition? nextSpeaker, int number)
    {
        var opening = history.Count == 0
            ? $"Open the discussion on \"{setting.Topic}\"."
            : $"Respond to {history[^1].SpeakerName}'s latest points on \"{setting.Topic}\" and add your own perspective.";
        var handOff = nextSpeaker is null || number >= setting.TotalMessages
            ? number >= setting.TotalMessages ? " This is the last message: close with a clear summary of what the business should do next." : ""
            : $" You may end by inviting {nextSpeaker.Name} to weigh in.";
        return $"{speaker.Name}, it is your turn (message {number} of {setting.TotalMessages}). {opening}{handOff} "
            + $"Write {setting.MinWords}-{setting.MaxWords} words of plain prose.";
    }

    private static TurnBrief Brief(AgentDefinition speaker, ConversationSetting setting, AgentDefinition? nextSpeaker, int number) => new()
    {
        SpeakerName = speaker.Name,
        SpeakerPersona = speaker.Persona,
        SpeakerTraits = speaker.Traits,
        Topic = setting.Topic,
        Business = setting.Business,
        Knowledge = setting.Knowledge,
        MinWords = setting.MinWords,
        MaxWords = setting.MaxWords,
        MessageNumber = number,
        TotalMessages = setting.TotalMessages,
        NextSpeakerName = nextSpeaker?.Name,
    };
}
