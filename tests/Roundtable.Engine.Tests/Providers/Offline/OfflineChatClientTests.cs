using Microsoft.Extensions.AI;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Providers.Offline;

namespace Roundtable.Engine.Tests.Providers.Offline;

public sealed class OfflineChatClientTests
{
    [Fact]
    public async Task GetResponseAsync_SameSeedAndMessages_IdenticalText()
    {
        using var client = new OfflineChatClient();
        var prompt = OfflineRequests.SecondTurn(ShowcaseAgents.SeoSpecialist);

        var first = await client.GetResponseAsync(prompt.Messages, prompt.Options);
        var second = await new OfflineChatClient().GetResponseAsync(prompt.Messages, prompt.Options.Clone());

        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public async Task GetResponseAsync_DifferentSeeds_DifferentText()
    {
        using var client = new OfflineChatClient();
        var prompt = OfflineRequests.SecondTurn(ShowcaseAgents.SeoSpecialist);
        var other = prompt.Options.Clone();
        other.Seed = prompt.Options.Seed + 1;

        var first = await client.GetResponseAsync(prompt.Messages, prompt.Options);
        var second = await client.GetResponseAsync(prompt.Messages, other);

        Assert.NotEqual(first.Text, second.Text);
    }

    [Fact]
    public async Task GetResponseAsync_NoSeed_StableForTheSameDefaultSeedAndVariesWithIt()
    {
        var prompt = OfflineRequests.SecondTurn(ShowcaseAgents.CustomerService);
        var unseeded = prompt.Options.Clone();
        unseeded.Seed = null;

        var first = await new OfflineChatClient(7).GetResponseAsync(prompt.Messages, unseeded);
        var again = await new OfflineChatClient(7).GetResponseAsync(prompt.Messages, unseeded);
        var otherDefault = await new OfflineChatClient(8).GetResponseAsync(prompt.Messages, unseeded);

        Assert.Equal(first.Text, again.Text);
        Assert.NotEqual(first.Text, otherDefault.Text);
    }

    [Fact]
    public async Task GetResponseAsync_AnyRequest_ReturnsOfflineModelUsageAndStop()
    {
        using var client = new OfflineChatClient();
        var prompt = OfflineRequests.SecondTurn(ShowcaseAgents.MarketingExpert);

        var response = await client.GetResponseAsync(prompt.Messages, prompt.Options);

        Assert.Equal(OfflineChatClient.ModelId, response.ModelId);
        Assert.Equal(true, response.AdditionalProperties?[OfflineChatClient.OfflinePropertyKey]);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(ChatRole.Assistant, Assert.Single(response.Messages).Role);
        Assert.DoesNotContain("offline", response.Text, StringComparison.OrdinalIgnoreCase);
        var words = OfflineShowcase.ProseWords(response.Text);
        Assert.InRange(response.Usage!.OutputTokenCount!.Value, words * 4 / 3 - 1, words * 4 / 3 + 1);
        Assert.True(response.Usage.InputTokenCount > response.Usage.OutputTokenCount);
        Assert.Equal(response.Usage.InputTokenCount + response.Usage.OutputTokenCount, response.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_AnyRequest_ConcatenatesToTheNonStreamingTextInSmallChunks()
    {
        using var client = new OfflineChatClient();
        var prompt = OfflineRequests.SecondTurn(ShowcaseAgents.SeoSpecialist);

        var expected = await client.GetResponseAsync(prompt.Messages, prompt.Options);
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(prompt.Messages, prompt.Options))
        {
            updates.Add(update);
        }

        Assert.Equal(expected.Text, string.Concat(updates.Select(u => u.Text)));
        Assert.All(updates, u => Assert.Equal(true, u.AdditionalProperties?[OfflineChatClient.OfflinePropertyKey]));
        Assert.All(updates, u => Assert.Equal(OfflineChatClient.ModelId, u.ModelId));
        Assert.All(updates.SkipLast(1), u => Assert.InRange(OfflineShowcase.ProseWords(u.Text), 1, 3));
        var last = updates[^1];
        Assert.Equal(ChatFinishReason.Stop, last.FinishReason);
        Assert.Equal(expected.Usage!.OutputTokenCount, Assert.IsType<UsageContent>(Assert.Single(last.Contents)).Details.OutputTokenCount);
        var merged = updates.ToChatResponse();
        Assert.Equal(expected.Text, merged.Text);
    }

    [Fact]
    public void GetService_ChatClientMetadata_DescribesTheOfflineModel()
    {
        using var client = new OfflineChatClient();

        var metadata = client.GetService<ChatClientMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("roundtable-offline", metadata.ProviderName);
        Assert.Equal(OfflineChatClient.ModelId, metadata.DefaultModelId);
        Assert.Null(metadata.ProviderUri);
        Assert.Same(client, client.GetService<OfflineChatClient>());
        Assert.Null(client.GetService<ChatClientMetadata>("some-key"));
    }

    [Fact]
    public async Task GetResponseAsync_SmallMaxOutputTokens_StaysWithinTheTokenBudget()
    {
        using var client = new OfflineChatClient();
        var prompt = OfflineRequests.SecondTurn(ShowcaseAgents.CustomerService);
        var options = prompt.Options.Clone();
        options.MaxOutputTokens = 120;

        var response = await client.GetResponseAsync(prompt.Messages, options);

        Assert.InRange(OfflineShowcase.ProseWords(response.Text), 40, 90);
        Assert.True(ProseText.EndsLikeSentence(response.Text));
    }

    [Fact]
    public async Task GetResponseAsync_Cancelled_Throws()
    {
        using var client = new OfflineChatClient();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.GetResponseAsync(OfflineRequests.Question("You are a helper.", "Hi?"), null, cancellation.Token));
    }
}
