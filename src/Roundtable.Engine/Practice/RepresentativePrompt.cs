using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Practice;

/// <summary>
/// One representative's request: a system prompt with their persona, company, the product and
/// the relevant material; the transcript from their point of view (their own turns as assistant,
/// everyone else's as named user turns); and the <see cref="RepresentativeTurnBrief"/> beside it.
/// </summary>
internal static class RepresentativePrompt
{
    public const int MaxMaterials = 4;

    private static readonly Dictionary<string, string> TraitBehaviour = new(StringComparer.Ordinal)
    {
        [PersonalityTraits.Angry] = "short-tempered and challenging; you interrupt vague answers and demand straight ones",
        [PersonalityTraits.Arrogant] = "dismissive and self-assured; you believe your company already knows better",
        [PersonalityTraits.Soft] = "patient and encouraging; you give the salesperson room to explain",
        [PersonalityTraits.ColdHearted] = "brief, factual and unemotional; one or two sentences, no pleasantries",
        [PersonalityTraits.Nice] = "warm and friendly, while still protecting your company's interests",
        [PersonalityTraits.Analytical] = "analytical; you ask for numbers, data, evidence and methodology",
        [PersonalityTraits.Cool] = "relaxed and casual; you speak informally and never seem in a hurry",
    };

    public static (List<ChatMessage> Messages, ChatOptions Options) Build(
        MeetingBrief meeting, Representative speaker, IReadOnlyList<MeetingLine> history, IReadOnlyList<KnowledgeSnippet> materials, bool interjection)
    {
        var lastSales = history.LastOrDefault(l => l.IsSalesperson);
        var previous = interjection && history.Count > 0 && !history[^1].IsSalesperson && history[^1].SpeakerId != speaker.Id ? history[^1] : null;
        var messages = new List<ChatMessage> { new(ChatRole.System, SystemPrompt(meeting, speaker, materials, previous)) };
        messages.AddRange(history.Select(line => FromSpeakerView(speaker, line)));
        if (messages[^1].Role != ChatRole.User)
        {
            messages.Add(new ChatMessage(ChatRole.User, $"{speaker.Name}, it is your turn to speak."));
        }

        var brief = new RepresentativeTurnBrief
        {
            Meeting = meeting,
            Speaker = speaker,
            SalespersonLine = lastSales?.Text ?? string.Empty,
            Materials = materials,
            Interjection = interjection,
            PreviousReply = previous,
            SpeakerTurn = history.Count(l => l.SpeakerId == speaker.Id) + 1,
        };
        var options = new ChatOptions
        {
            Temperature = 0.8f,
            MaxOutputTokens = 250,
            Seed = history.Count * 1_000L + meeting.Representatives.ToList().FindIndex(r => r.Id == speaker.Id),
            AdditionalProperties = new() { [RepresentativeTurnBrief.PropertyKey] = brief },
        };
        return (messages, options);
    }

    private static string SystemPrompt(MeetingBrief meeting, Representative speaker, IReadOnlyList<KnowledgeSnippet> materials, MeetingLine? previous)
    {
        var company = meeting.Company;
        var role = RoleVocabulary.Label(speaker.Role);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"You are {speaker.Name}, {role} of {company.Name}, {Tenure(speaker.TenureMonths)} in the role. ")
            .Append(speaker.IsDecisionMaker ? "You are the decision maker for this purchase. " : "You are not the final decision maker, but your opinion counts. ")
            .AppendLine(CultureInfo.InvariantCulture, $"You care most about {RoleVocabulary.For(speaker.Role).Angle}.")
            .AppendLine("Personality: " + Personality(speaker) + ".");
        if (!string.IsNullOrWhiteSpace(speaker.Notes))
        {
            text.AppendLine("Notes about you: " + speaker.Notes.Trim());
        }

        text.AppendLine(Difficulty(meeting.Difficulty))
            .AppendLine()
            .AppendLine("Your company: " + CompanyFacts(company))
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"A salesperson is pitching {meeting.Product.Name}: {meeting.Product.Description}");
        if (materials.Count > 0)
        {
            text.AppendLine("Material they sent you (refer to it by title when you use it):");
            foreach (var material in materials)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- [{material.Title}] {material.Text}");
            }
        }

        text.AppendLine()
            .AppendLine("Stay in character. Answer the salesperson's latest point from your role's angle, in one to four spoken sentences of plain prose, with no lists and no stage directions. Never say you are an AI.");
        if (previous is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{previous.SpeakerName} has just answered; you are interjecting. React to what they said and add your own angle without repeating it.");
        }

        return text.ToString();
    }

    private static ChatMessage FromSpeakerView(Representative speaker, MeetingLine line) => line.SpeakerId == speaker.Id
        ? new ChatMessage(ChatRole.Assistant, line.Text) { AuthorName = SpeakerNames.ToWireName(line.SpeakerName) }
        : new ChatMessage(ChatRole.User, $"{line.SpeakerName}: {line.Text}") { AuthorName = SpeakerNames.ToWireName(line.SpeakerName) };

    private static string Personality(Representative speaker) =>
        speaker.PersonalityTraits.Count == 0
            ? "professional and courteous"
            : string.Join("; ", speaker.PersonalityTraits.Select(t => TraitBehaviour.GetValueOrDefault(t, t)));

    private static string Difficulty(string difficulty) => difficulty switch
    {
        "beginner" => "Be fair and give the salesperson openings; raise at most mild concerns.",
        "advanced" => "Be a tough buyer: raise real objections, question claims and do not agree easily.",
        _ => "Be realistic: raise the concerns a real buyer in your role would.",
    };

    private static string Tenure(int months) => months switch
    {
        < 12 => $"{months} months",
        < 24 => "about a year",
        _ => $"{months / 12} years",
    };

    private static string CompanyFacts(CompanyProfile company)
    {
        var facts = new List<string> { company.Name };
        Add(facts, company.Industry, "industry: ");
        Add(facts, company.CompanySize, "size: ");
        Add(facts, company.Headquarters, "headquarters: ");
        Add(facts, company.Revenue, "revenue: ");
        Add(facts, company.Description, string.Empty);
        Add(facts, company.TechStack.Count > 0 ? string.Join(", ", company.TechStack) : null, "tech stack: ");
        Add(facts, company.OpenRoles.Count > 0 ? string.Join(", ", company.OpenRoles) : null, "hiring: ");
        Add(facts, company.LatestNews.Count > 0 ? string.Join("; ", company.LatestNews) : null, "recent news: ");
        return string.Join("; ", facts) + ".";
    }

    private static void Add(List<string> facts, string? value, string label)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(label + value.Trim());
        }
    }
}
