using Microsoft.Extensions.Configuration;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Tests.Providers;

public sealed class ProviderCatalogTests
{
    private static IReadOnlyList<ProviderSettings> Load(Dictionary<string, string?> config, Dictionary<string, string> env) =>
        ProviderCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(config).Build(), name => env.GetValueOrDefault(name));

    private static ProviderSettings Named(IReadOnlyList<ProviderSettings> all, string name) => all.Single(p => p.Name == name);

    [Fact]
    public void Load_NoKeys_EveryKnownProviderListedAndOnlyOfflineConfigured()
    {
        var all = Load([], []);

        Assert.Equal(["OpenAI", "Anthropic", "Perplexity", "Gemini", "Offline"], all.Select(p => p.Name));
        Assert.Equal(["Offline"], all.Where(p => p.IsConfigured).Select(p => p.Name));
    }

    [Fact]
    public void Load_SeedEnvironmentVariables_AreFallbacks()
    {
        var all = Load([], new()
        {
            ["OPENAI_API_KEY"] = "sk-env",
            ["OPENAI_BASE_URL"] = "http://127.0.0.1:9/v1",
            ["GEMINI_API_KEY"] = "gemini-key",
            ["ANTHROPIC_API_KEY"] = "ant-key",
            ["PERPLEXITY_API_KEY"] = "pplx",
        });

        Assert.Equal("sk-env", Named(all, "OpenAI").ApiKey);
        Assert.Equal("http://127.0.0.1:9/v1", Named(all, "OpenAI").BaseUrl);
        Assert.Equal("gemini-key", Named(all, "Gemini").ApiKey);
        Assert.True(all.All(p => p.IsConfigured));
        Assert.Equal("sonar", Named(all, "Perplexity").Model);
        Assert.Equal("https://api.perplexity.ai", Named(all, "Perplexity").BaseUrl);
    }

    [Fact]
    public void Load_GoogleKey_WinsOverGeminiKey()
    {
        var all = Load([], new() { ["GOOGLE_API_KEY"] = "google", ["GEMINI_API_KEY"] = "gemini" });

        Assert.Equal("google", Named(all, "Gemini").ApiKey);
    }

    [Fact]
    public void Load_Configuration_OverridesEnvironmentAndBindsLimits()
    {
        var all = Load(new()
        {
            ["Providers:OpenAI:ApiKey"] = "sk-config",
            ["Providers:OpenAI:Model"] = "gpt-4o-mini",
            ["Providers:OpenAI:Timeout"] = "00:00:05",
            ["Providers:OpenAI:RequestsPerMinute"] = "120",
            ["Providers:OpenAI:InputPricePerMillion"] = "0.15",
        }, new() { ["OPENAI_API_KEY"] = "sk-env" });

        var openAi = Named(all, "OpenAI");
        Assert.Equal("sk-config", openAi.ApiKey);
        Assert.Equal("gpt-4o-mini", openAi.Model);
        Assert.Equal(TimeSpan.FromSeconds(5), openAi.Timeout);
        Assert.Equal(120, openAi.RequestsPerMinute);
        Assert.Equal(0.15m, openAi.InputPricePerMillion);
        Assert.Equal(ProviderKind.OpenAI, openAi.Kind);
    }

    [Fact]
    public void Load_ExtraEndpoint_IsOpenAICompatibleAndNeedsNoKey()
    {
        var all = Load(new()
        {
            ["Providers:Ollama:BaseUrl"] = "http://127.0.0.1:11434/v1",
            ["Providers:Ollama:Model"] = "llama3.2",
            ["Providers:Broken:Model"] = "no-url",
        }, []);

        var ollama = Named(all, "Ollama");
        Assert.Equal(ProviderKind.OpenAICompatible, ollama.Kind);
        Assert.True(ollama.IsConfigured);
        Assert.False(Named(all, "Broken").IsConfigured);
    }

    [Fact]
    public void EstimateCost_UsesPricePerMillion()
    {
        var settings = new ProviderSettings { Name = "X", InputPricePerMillion = 2m, OutputPricePerMillion = 10m };

        Assert.Equal(0.0030m, settings.EstimateCost(1_000, 100));
    }
}
