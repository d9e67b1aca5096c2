using System.Net;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Tests.Providers.Wire;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Providers;

/// <summary>The real SDKs, built by the factory, against the loopback server: what goes over the wire.</summary>
public sealed class ProviderClientFactoryTests : IAsyncLifetime
{
    private readonly HttpClient http = ProviderHttpClients.CreateObserved();
    private LoopbackProviderServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackProviderServer.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public void CreateSdkClient_Offline_Throws()
    {
        var settings = new ProviderSettings { Name = KnownProviders.Offline, Kind = ProviderKind.Offline };

        Assert.Throws<ArgumentException>(() => ProviderClientFactory.CreateSdkClient(settings, http));
    }

    [Fact]
    public void CreateSdkClient_AnthropicWithoutKey_Throws()
    {
        var settings = server.SettingsFor(KnownProviders.Anthropic, apiKey: null);

        Assert.Throws<ArgumentException>(() => ProviderClientFactory.CreateSdkClient(settings, http));
    }

    [Fact]
    public void CreateSdkClient_CompatibleWithoutBaseUrl_Throws()
    {
        var settings = new ProviderSettings { Name = "Ollama", Kind = ProviderKind.OpenAICompatible, Model = "llama3.2" };

        Assert.Throws<ArgumentException>(() => ProviderClientFactory.CreateSdkClient(settings, http));
    }

    [Fact]
    public async Task GetResponseAsync_OpenAI_SendsKeyModelAndMessagesToChatCompletions()
    {
        var settings = server.SettingsFor(KnownProviders.OpenAI) with { ApiKey = "sk-test-openai", Model = "gpt-test" };
        using var client = ProviderClientFactory.CreateSdkClient(settings, http);

        var response = await client.GetResponseAsync(WireConversation.Create());

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-test-openai", request.Header("authorization"));
        Assert.Equal("gpt-test", request.Model);
        Assert.False(request.IsStreaming);
        Assert.Equal(["system", "user", "assistant", "user"], request.Messages.Select(WireConversation.RoleOf));
        Assert.Equal(WireConversation.System, WireConversation.ContentOf(request.Messages[0]));
        Assert.Equal("What should we fix first on the website?", WireConversation.ContentOf(request.Messages[1]));
        Assert.Equal("Dana", request.Messages[1].GetProperty("name").GetString());
        Assert.Equal("The page titles, then the service-area pages.", WireConversation.ContentOf(request.Messages[2]));
        Assert.False(request.Messages[3].TryGetProperty("name", out _));

        Assert.Equal(LoopbackProviderServer.DefaultReplyText, response.Text);
        Assert.Equal(LoopbackProviderServer.CountTokens(request.MessageText), response.Usage?.InputTokenCount);
        Assert.Equal(LoopbackProviderServer.CountTokens(LoopbackProviderServer.DefaultReplyText), response.Usage?.OutputTokenCount);
    }

    [Fact]
    public async Task GetResponseAsync_Anthropic_SendsKeyVersionModelSystemAndMaxTokens()
    {
        var settings = server.SettingsFor(KnownProviders.Anthropic) with { ApiKey = "sk-ant-test", Model = "claude-test" };
        using var client = ProviderClientFactory.CreateSdkClient(settings, http);

        var response = await client.GetResponseAsync(WireConversation.Create());

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/messages", request.Path);
        // Anthropic SDK 13.x sends the API key as a bearer token (it has no x-api-key header any more).
        Assert.Equal("Bearer sk-ant-test", request.Header("authorization"));
        Assert.False(string.IsNullOrWhiteSpace(request.Header("anthropic-version")));
        Assert.Equal("claude-test", request.Model);
        var body = request.Json!.RootElement;
        Assert.Equal(WireConversation.System, WireConversation.TextOf(body.GetProperty("system")));
        Assert.Equal(ProviderClientFactory.DefaultAnthropicMaxOutputTokens, body.GetProperty("max_tokens").GetInt32());
        Assert.Equal(["user", "assistant", "user"], request.Messages.Select(WireConversation.RoleOf));
        Assert.Equal("What should we fix first on the website?", WireConversation.ContentOf(request.Messages[0]));
        Assert.Equal("And after that?", WireConversation.ContentOf(request.Messages[2]));

        Assert.Equal(LoopbackProviderServer.DefaultReplyText, response.Text);
        Assert.Equal(LoopbackProviderServer.CountTokens(request.MessageText), response.Usage?.InputTokenCount);
        Assert.Equal(LoopbackProviderServer.CountTokens(LoopbackProviderServer.DefaultReplyText), response.Usage?.OutputTokenCount);
    }

    [Fact]
    public async Task GetResponseAsync_AnthropicWithMaxOutputTokens_SendsThemAsMaxTokens()
    {
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor(KnownProviders.Anthropic), http);

        await client.GetResponseAsync(WireConversation.Create(), new ChatOptions { MaxOutputTokens = 300 });

        Assert.Equal(300, Assert.Single(server.Requests).Json!.RootElement.GetProperty("max_tokens").GetInt32());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GetResponseAsync_GeminiBaseUrlWithPath_PostsUnderThatPath(bool trailingSlash)
    {
        var baseUrl = server.GeminiBaseUrl.ToString();
        var settings = server.SettingsFor(KnownProviders.Gemini) with { BaseUrl = trailingSlash ? baseUrl : baseUrl.TrimEnd('/') };
        using var client = ProviderClientFactory.CreateSdkClient(settings, http);

        var response = await client.GetResponseAsync(WireConversation.Create());

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1beta/openai/chat/completions", request.Path);
        Assert.Equal($"Bearer {LoopbackProviderServer.TestApiKey}", request.Header("authorization"));
        Assert.Equal(KnownProviders.Find(KnownProviders.Gemini)!.DefaultModel, request.Model);
        Assert.Equal(LoopbackProviderServer.DefaultReplyText, response.Text);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v1/")]
    public async Task GetResponseAsync_LocalServerWithoutKey_SendsPlaceholderKeyToBaseUrl(string path)
    {
        var settings = new ProviderSettings
        {
            Name = "Ollama",
            Kind = ProviderKind.OpenAICompatible,
            BaseUrl = new Uri(server.BaseUrl, path).ToString(),
            Model = "llama3.2",
        };
        using var client = ProviderClientFactory.CreateSdkClient(settings, http);

        await client.GetResponseAsync(WireConversation.Create());

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.StartsWith("Bearer ", request.Header("authorization"));
        Assert.Equal("llama3.2", request.Model);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI, 429)]
    [InlineData(KnownProviders.OpenAI, 503)]
    [InlineData(KnownProviders.Anthropic, 429)]
    [InlineData(KnownProviders.Anthropic, 529)]
    [InlineData(KnownProviders.Gemini, 500)]
    public async Task GetResponseAsync_TransientStatus_IsNotRetriedByTheSdk(string provider, int status)
    {
        server.EnqueueFault(ProviderFault.Status(status, TimeSpan.FromSeconds(1)));
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor(provider), http);
        using var scope = ProviderResponseObservation.Begin(out var observation);

        await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync(WireConversation.Create()));

        Assert.Single(server.Requests);
        Assert.Equal((HttpStatusCode)status, observation.StatusCode);
    }
}
