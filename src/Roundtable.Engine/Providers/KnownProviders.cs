namespace Roundtable.Engine.Providers;

/// <summary>
/// The providers Roundtable knows by name, with their defaults and the environment variables
/// the seeds use for them. Configuration overrides every field.
/// </summary>
public static class KnownProviders
{
    public const string OpenAI = "OpenAI";
    public const string Anthropic = "Anthropic";
    public const string Perplexity = "Perplexity";
    public const string Gemini = "Gemini";
    public const string Offline = "Offline";

    public static IReadOnlyList<KnownProvider> All { get; } =
    [
        new(OpenAI, ProviderKind.OpenAI, "https://api.openai.com/v1", "gpt-4o",
            ["OPENAI_API_KEY"], "OPENAI_BASE_URL", InputPricePerMillion: 2.50m, OutputPricePerMillion: 10.00m),
        new(Anthropic, ProviderKind.Anthropic, "https://api.anthropic.com", "claude-sonnet-4-5",
            ["ANTHROPIC_API_KEY"], "ANTHROPIC_BASE_URL", InputPricePerMillion: 3.00m, OutputPricePerMillion: 15.00m),
        new(Perplexity, ProviderKind.OpenAICompatible, "https://api.perplexity.ai", "sonar",
            ["PERPLEXITY_API_KEY"], "PERPLEXITY_BASE_URL", InputPricePerMillion: 1.00m, OutputPricePerMillion: 1.00m),
        new(Gemini, ProviderKind.OpenAICompatible, "https://generativelanguage.googleapis.com/v1beta/openai/", "gemini-2.5-flash",
            ["GOOGLE_API_KEY", "GEMINI_API_KEY"], "GEMINI_BASE_URL", InputPricePerMillion: 0.30m, OutputPricePerMillion: 2.50m),
        new(Offline, ProviderKind.Offline, null, "roundtable-offline-1", [], null, 0m, 0m),
    ];

    public static KnownProvider? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Hosted OpenAI-compatible services need a key; local servers (Ollama, vLLM) do not.</summary>
    public static bool RequiresKey(string name) =>
        Find(name) is { Kind: not ProviderKind.Offline } known && known.KeyVariables.Count > 0;
}
