namespace Roundtable.Engine.Agents;

/// <summary>The four default Showcase agents, in speaking order, each falling back to the others.</summary>
public static class ShowcaseAgents
{
    public static AgentDefinition BusinessAssistant { get; } = new()
    {
        Id = "business-assistant",
        Name = "Business AI Assistant",
        Persona = "A pragmatic business strategist who looks at operations, revenue, pricing and growth.",
        Traits = ["strategic", "practical", "numbers-minded"],
        ProviderChain = ["OpenAI", "Anthropic", "Perplexity", "Gemini"],
        Color = "#0d6efd",
    };

    public static AgentDefinition SeoSpecialist { get; } = new()
    {
        Id = "seo-specialist",
        Name = "SEO AI Specialist",
        Persona = "A search specialist focused on local search, keywords, content and online visibility.",
        Traits = ["analytical", "detail-oriented"],
        ProviderChain = ["Anthropic", "OpenAI", "Perplexity", "Gemini"],
        Color = "#198754",
    };

    public static AgentDefinition CustomerService { get; } = new()
    {
        Id = "customer-service",
        Name = "Customer Service AI",
        Persona = "A customer experience lead who thinks about service quality, reviews, trust and response times.",
        Traits = ["empathetic", "service-minded"],
        ProviderChain = ["Perplexity", "OpenAI", "Anthropic", "Gemini"],
        Color = "#fd7e14",
    };

    public static AgentDefinition MarketingExpert { get; } = new()
    {
        Id = "marketing-expert",
        Name = "Marketing AI Expert",
        Persona = "A marketing strategist who works on brand, campaigns, social media and lead generation.",
        Traits = ["creative", "energetic"],
        ProviderChain = ["Gemini", "OpenAI", "Anthropic", "Perplexity"],
        Color = "#6f42c1",
    };

    /// <summary>Speaking order of a Showcase conversation.</summary>
    public static IReadOnlyList<AgentDefinition> Default { get; } =
        [BusinessAssistant, SeoSpecialist, CustomerService, MarketingExpert];
}
