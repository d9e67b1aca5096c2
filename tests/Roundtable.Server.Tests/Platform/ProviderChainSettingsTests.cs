using Microsoft.Extensions.Configuration;
using Roundtable.Server.Assistant;
using Roundtable.Server.Platform;
using Roundtable.Server.Practice;

namespace Roundtable.Server.Tests.Platform;

/// <summary>A configured provider chain replaces the default one; it is not appended to it.</summary>
public sealed class ProviderChainSettingsTests
{
    [Fact]
    public void AssistantChain_OneProviderConfigured_IsExactlyThatProvider()
    {
        var options = Bind<AssistantOptions>(AssistantOptions.Section, new() { ["Assistant:ProviderChain:0"] = "OpenAI" });

        Assert.Equal(["OpenAI"], options.Chain);
    }

    [Fact]
    public void AssistantChain_NoneConfigured_IsTheDefaultChain()
    {
        var options = Bind<AssistantOptions>(AssistantOptions.Section, new() { ["Assistant:KnowledgeTopK"] = "2" });

        Assert.Equal(DefaultProviderChain.Names, options.Chain);
        Assert.Equal(["OpenAI", "Anthropic", "Gemini"], options.Chain);
    }

    [Fact]
    public void PracticeChains_EachConfiguredApart_AreExactlyWhatWasConfigured()
    {
        var options = Bind<PracticeOptions>(PracticeOptions.Section, new()
        {
            ["Practice:OrchestratorChain:0"] = "Gemini",
            ["Practice:RepresentativeChain:0"] = "Anthropic",
            ["Practice:RepresentativeChain:1"] = "OpenAI",
        });

        Assert.Equal(["Gemini"], options.Orchestrators);
        Assert.Equal(["Anthropic", "OpenAI"], options.Representatives);
        Assert.Equal(DefaultProviderChain.Names, options.Analysts);
    }

    private static T Bind<T>(string section, Dictionary<string, string?> settings) where T : new() =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(section).Get<T>() ?? new T();
}
