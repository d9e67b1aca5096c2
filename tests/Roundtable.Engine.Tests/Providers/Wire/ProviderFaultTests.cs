using System.ClientModel;
using System.Net;
using System.Text.Json;
using Anthropic.Exceptions;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Providers.Pipeline;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Providers.Wire;

/// <summary>Every fault the loopback server injects surfaces from the real SDKs as an exception.</summary>
public sealed class ProviderFaultTests : IAsyncLifetime
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
    [InlineData(KnownProviders.OpenAI, false)]
    [InlineData(KnownProviders.OpenAI, true)]
    [InlineData(KnownProviders.Anthropic, false)]
    [InlineData(KnownProviders.Anthropic, true)]
    [InlineData(KnownProviders.Gemini, false)]
    [InlineData(KnownProviders.Gemini, true)]
    public async Task Call_RateLimitedWithRetryAfter_ThrowsAndObservesStatusAndRetryAfter(string provider, bool streaming)
    {
        server.EnqueueFault(ProviderFault.Status(429, TimeSpan.FromSeconds(7)));
        using var client = Create(provider);
        using var scope = ProviderResponseObservation.Begin(out var observation);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => CallAsync(client, streaming));

        Assert.Equal(HttpStatusCode.TooManyRequests, observation.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), observation.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, SdkStatusOf(exception));
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI, false)]
    [InlineData(KnownProviders.OpenAI, true)]
    [InlineData(KnownProviders.Anthropic, false)]
    [InlineData(KnownProviders.Anthropic, true)]
    [InlineData(KnownProviders.Perplexity, false)]
    public async Task Call_ServerError_ThrowsWithStatus(string provider, bool streaming)
    {
        server.EnqueueFault(ProviderFault.Status(500));
        using var client = Create(provider);
        using var scope = ProviderResponseObservation.Begin(out var observation);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => CallAsync(client, streaming));

        Assert.Equal(HttpStatusCode.InternalServerError, observation.StatusCode);
        Assert.Null(observation.RetryAfter);
        Assert.Equal(HttpStatusCode.InternalServerError, SdkStatusOf(exception));
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI, false)]
    [InlineData(KnownProviders.OpenAI, true)]
    [InlineData(KnownProviders.Anthropic, false)]
    [InlineData(KnownProviders.Anthropic, true)]
    public async Task Call_MalformedJson_ThrowsJsonError(string provider, bool streaming)
    {
        server.EnqueueFault(ProviderFault.MalformedJson);
        using var client = Create(provider);
        using var scope = ProviderResponseObservation.Begin(out var observation);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => CallAsync(client, streaming));

        Assert.Equal(HttpStatusCode.OK, observation.StatusCode);
        // OpenAI throws JsonException itself; Anthropic wraps a broken stream event in AnthropicInvalidDataException.
        Assert.True(exception is JsonException || exception.InnerException is JsonException, exception.ToString());
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task GetStreamingResponseAsync_CutAfterFirstToken_YieldsFirstTokenThenThrows(string provider)
    {
        server.EnqueueFault(ProviderFault.CutAfterFirstToken);
        using var client = Create(provider);
        var received = new List<string>();

        var exception = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync(WireConversation.Create()))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal("Loopback ", string.Concat(received));
        Assert.IsAssignableFrom<IOException>(exception);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    public async Task GetResponseAsync_CutMidBody_Throws(string provider)
    {
        server.EnqueueFault(ProviderFault.CutAfterFirstToken);
        using var client = Create(provider);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync(WireConversation.Create()));

        Assert.True(exception is IOException or HttpRequestException || exception.InnerException is IOException or HttpRequestException, exception.ToString());
    }

    [Fact]
    public async Task GetStreamingResponseAsync_AnthropicErrorEvent_YieldsFirstTokenThenThrowsSseException()
    {
        server.EnqueueFault(ProviderFault.ErrorEventAfterFirstToken);
        using var client = Create(KnownProviders.Anthropic);
        var received = new List<string>();

        var exception = await Assert.ThrowsAsync<AnthropicSseException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync(WireConversation.Create()))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal("Loopback ", string.Concat(received));
        Assert.Contains("overloaded_error", exception.Message);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Perplexity)]
    public async Task GetStreamingResponseAsync_OpenAIErrorChunk_YieldsFirstTokenThenThrowsTransient(string provider)
    {
        server.EnqueueFault(ProviderFault.ErrorEventAfterFirstToken);
        using var client = Create(provider);
        var received = new List<string>();

        var exception = await Assert.ThrowsAsync<ProviderCallException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync(WireConversation.Create()))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal("Loopback ", string.Concat(received));
        Assert.Equal(ProviderFaultKind.Transient, exception.Kind);
        Assert.Equal(provider, exception.Provider);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI, false)]
    [InlineData(KnownProviders.Anthropic, true)]
    public async Task Call_Hang_EndsWhenTheCallerCancels(string provider, bool streaming)
    {
        server.EnqueueFault(ProviderFault.Hang);
        using var client = Create(provider);
        using var cancellation = new CancellationTokenSource();

        var call = CallAsync(client, streaming, cancellation.Token);
        await server.WaitForRequestAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        Assert.False(call.IsCompleted);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Theory]
    [InlineData(KnownProviders.OpenAI)]
    [InlineData(KnownProviders.Anthropic)]
    [InlineData(KnownProviders.Gemini)]
    public async Task GetResponseAsync_WrongKey_ThrowsUnauthorized(string provider)
    {
        server.RequiredApiKey = "the-right-key";
        using var client = ProviderClientFactory.CreateSdkClient(server.SettingsFor(provider, apiKey: "a-wrong-key"), http);
        using var scope = ProviderResponseObservation.Begin(out var observation);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync(WireConversation.Create()));

        Assert.Equal(HttpStatusCode.Unauthorized, observation.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, SdkStatusOf(exception));
    }

    [Fact]
    public async Task Call_AfterFaultsAreConsumed_Answers()
    {
        server.EnqueueFault(ProviderFault.Status(503));
        server.EnqueueFault(ProviderFault.SlowResponse(TimeSpan.FromMilliseconds(50)));
        using var client = Create(KnownProviders.OpenAI);

        await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync(WireConversation.Create()));
        var slow = await client.GetResponseAsync(WireConversation.Create());
        var normal = await client.GetResponseAsync(WireConversation.Create());

        Assert.Equal(LoopbackProviderServer.DefaultReplyText, slow.Text);
        Assert.Equal(LoopbackProviderServer.DefaultReplyText, normal.Text);
        Assert.Equal(0, server.PendingFaults);
        Assert.Equal([1, 2, 3], server.Requests.Select(request => request.Number));
    }

    private static async Task CallAsync(IChatClient client, bool streaming, CancellationToken cancellationToken = default)
    {
        if (!streaming)
        {
            await client.GetResponseAsync(WireConversation.Create(), cancellationToken: cancellationToken);
            return;
        }

        await foreach (var update in client.GetStreamingResponseAsync(WireConversation.Create(), cancellationToken: cancellationToken))
        {
            _ = update;
        }
    }

    private static HttpStatusCode? SdkStatusOf(Exception exception) => exception switch
    {
        ClientResultException openAI => (HttpStatusCode)openAI.Status,
        AnthropicApiException anthropic => anthropic.StatusCode,
        _ => null,
    };

    private IChatClient Create(string provider) => ProviderClientFactory.CreateSdkClient(server.SettingsFor(provider), http);
}
