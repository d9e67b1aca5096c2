using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Providers.Wire;

/// <summary>Perplexity's <c>citations</c> and <c>search_results</c> survive the OpenAI SDK as <see cref="CitationAnnotation"/>s.</summary>
public sealed class SearchCitationsTests : IAsyncLifetime
{
    private readonly HttpClient http = ProviderHttpClients.CreateObserved();
    private LoopbackProviderServer server = null!;

    public async Task InitializeAsync()
    {
        server = await LoopbackProviderServer.StartAsync();
        server.IncludeCitations = true;
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task GetResponseAsync_Perplexity_AttachesCitationsWithSearchResultDetails()
    {
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor(KnownProviders.Perplexity), http);

        var response = await client.GetResponseAsync(WireConversation.Create());

        Assert.Equal(LoopbackProviderServer.DefaultReplyText, response.Text);
        AssertExpectedCitations(response.Citations());
        var text = Assert.Single(response.Messages.Single().Contents.OfType<TextContent>());
        Assert.Equal(2, text.Annotations?.Count);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_Perplexity_AttachesEachCitationOnceWhereItFirstAppears()
    {
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor(KnownProviders.Perplexity), http);

        var updates = await ProviderStreamingTests.ToListAsync(client.GetStreamingResponseAsync(WireConversation.Create()));

        var annotated = updates.Where(update => update.Contents.Any(content => content.Annotations is { Count: > 0 })).ToList();
        var first = Assert.Single(annotated);
        Assert.Same(updates.First(), first);
        var response = updates.ToChatResponse();
        Assert.Equal(LoopbackProviderServer.DefaultReplyText, response.Text);
        AssertExpectedCitations(response.Citations());
    }

    [Fact]
    public async Task GetResponseAsync_NoCitationsInResponse_AddsNoAnnotations()
    {
        server.IncludeCitations = false;
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor(KnownProviders.Perplexity), http);

        var response = await client.GetResponseAsync(WireConversation.Create());

        Assert.Empty(response.Citations());
    }

    [Fact]
    public async Task GetResponseAsync_OtherCompatibleServerWithCitations_KeepsThemToo()
    {
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor("SearchProxy"), http);

        var response = await client.GetResponseAsync(WireConversation.Create());

        AssertExpectedCitations(response.Citations());
    }

    private static void AssertExpectedCitations(IReadOnlyList<CitationAnnotation> citations)
    {
        Assert.Equal(LoopbackCitations.Urls, citations.Select(citation => citation.Url?.ToString()));
        Assert.Equal(LoopbackCitations.SearchResults.Select(result => result.Title), citations.Select(citation => citation.Title));
        Assert.Equal(LoopbackCitations.SearchResults[0].Snippet, citations[0].Snippet);
        Assert.Null(citations[1].Snippet);
        Assert.Equal(LoopbackCitations.SearchResults[0].Date, citations[0].AdditionalProperties?["date"]);
    }
}
