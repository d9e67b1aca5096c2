using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Providers.Wire;

/// <summary>Token streaming through the real SDKs: text in several updates, then usage.</summary>
public sealed class ProviderStreamingTests : IAsyncLifetime
{
    private readonly HttpClient http = ProviderHttpClients.CreateObserved();
    private LoopbackProviderServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackProviderServer.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    [InlineData(KnownProviders.Perplexity)]
    public async Task GetStreamingResponseAsync_AnyProvider_StreamsTextInSeveralUpdatesThenUsage(string provider)
    {
        server.ReplyText = "First words arrive early, the rest follow one by one.";
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor(provider), http);

        var updates = await ToListAsync(client.GetStreamingResponseAsync(WireConversation.Create()));

        var request = Assert.Single(server.Requests);
        Assert.True(request.IsStreaming);
        var textUpdates = updates.Where(update => update.Text.Length > 0).ToList();
        Assert.Equal(LoopbackProviderServer.CountTokens(server.ReplyText), textUpdates.Count);
        Assert.Equal(server.ReplyText, string.Concat(textUpdates.Select(update => update.Text)));

        var usage = Assert.Single(updates.SelectMany(update => update.Contents).OfType<UsageContent>()).Details;
        Assert.Equal(LoopbackProviderServer.CountTokens(request.MessageText), usage.InputTokenCount);
        Assert.Equal(LoopbackProviderServer.CountTokens(server.ReplyText), usage.OutputTokenCount);

        var response = updates.ToChatResponse();
        Assert.Equal(server.ReplyText, response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Gemini)]
    public async Task GetStreamingResponseAsync_OpenAISdk_AsksForTheUsageChunk(string provider)
    {
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor(provider), http);

        await ToListAsync(client.GetStreamingResponseAsync(WireConversation.Create()));

        var body = Assert.Single(server.Requests).Json!.RootElement;
        Assert.True(body.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
    }

    [Fact]
    public async Task GetStreamingResponseAsync_Anthropic_ReportsOutputTokensFromMessageDelta()
    {
        server.ReplyFactory = request => request.Model == "claude-short" ? "Short." : "A considerably longer answer than that.";
        var settings = server.SettingsFor(KnownProviders.Anthropic) with { Model = "claude-short" };
        using var client = ProviderClientFactory.CreateSdkClient(settings, http);

        var response = (await ToListAsync(client.GetStreamingResponseAsync(WireConversation.Create()))).ToChatResponse();

        Assert.Equal("Short.", response.Text);
        Assert.Equal(1, response.Usage?.OutputTokenCount);
    }

    internal static async Task<List<ChatResponseUpdate>> ToListAsync(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var list = new List<ChatResponseUpdate>();
        await foreach (var update in updates)
        {
            list.Add(update);
        }

        return list;
    }
}
