using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Builds the raw SDK-backed <see cref="IChatClient"/> for one provider: the OpenAI SDK for OpenAI and every
/// OpenAI-compatible endpoint, the official Anthropic SDK for Anthropic.
/// </summary>
/// <remarks>
/// The clients have no retries and no timeouts of their own: the caller's middleware owns both, and all
/// HTTP goes through the caller's <see cref="HttpClient"/> so its handlers (such as
/// <see cref="ProviderResponseObserverHandler"/>) see every response.
/// </remarks>
public static class ProviderClientFactory
{
    /// <summary>What Anthropic is asked for when neither the agent nor the call sets a maximum (the API requires one).</summary>
    public const int DefaultAnthropicMaxOutputTokens = 1024;

    /// <summary>Local OpenAI-compatible servers (Ollama, vLLM, llama.cpp) take no key, but the SDK insists on one.</summary>
    internal const string PlaceholderApiKey = "no-key";

    private const string AnthropicDefaultBaseUrl = "https://api.anthropic.com";

    // Effectively "never": our middleware cancels long before. Not InfiniteTimeSpan, which the Anthropic SDK
    // would announce to the API as "X-Stainless-Timeout: -0.001".
    private static readonly TimeSpan NoSdkTimeout = TimeSpan.FromDays(1);

    /// <summary>The raw SDK-backed client for one provider (no retries, no timeouts of its own).</summary>
    /// <param name="settings">The provider; its kind picks the SDK.</param>
    /// <param name="httpClient">
    /// Carries every request. Give it <see cref="Timeout.InfiniteTimeSpan"/> as its timeout, or its default 100 seconds
    /// will cut long streams.
    /// </param>
    /// <exception cref="ArgumentException">The provider is the offline model, or lacks what its SDK needs.</exception>
    public static IChatClient CreateSdkClient(ProviderSettings settings, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(httpClient);

        return settings.Kind switch
        {
            ProviderKind.OpenAI or ProviderKind.OpenAICompatible => CreateOpenAIClient(settings, httpClient),
            ProviderKind.Anthropic => CreateAnthropicClient(settings, httpClient),
            ProviderKind.Offline => throw new ArgumentException(
                $"Provider '{settings.Name}' is the offline model, which has no SDK client.", nameof(settings)),
            _ => throw new ArgumentException($"Provider '{settings.Name}' has unknown kind {settings.Kind}.", nameof(settings)),
        };
    }

    private static IChatClient CreateOpenAIClient(ProviderSettings settings, HttpClient httpClient)
    {
        var options = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            Transport = new HttpClientPipelineTransport(httpClient),
            NetworkTimeout = NoSdkTimeout,
        };
        if (EndpointOf(settings) is { } endpoint)
        {
            options.Endpoint = endpoint;
        }

        var key = string.IsNullOrWhiteSpace(settings.ApiKey) ? PlaceholderApiKey : settings.ApiKey;
        var chatClient = new OpenAIClient(new ApiKeyCredential(key), options)
            .GetChatClient(ModelOf(settings))
            .AsIChatClient();

        // Perplexity returns its sources beside the OpenAI shape, and compatible servers report failures inside
        // 200 streams; the SDK drops both, so both are read back from what it kept of the raw JSON.
        return chatClient.AsBuilder()
            .UseSearchCitations()
            .UseStreamErrorChunks(settings.Name)
            .Build();
    }

    private static IChatClient CreateAnthropicClient(ProviderSettings settings, HttpClient httpClient)
    {
        if (string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            // Without a key the SDK would look in the environment on its own; a provider's key comes from settings only.
            throw new ArgumentException($"Provider '{settings.Name}' needs an API key.", nameof(settings));
        }

        var client = new AnthropicClient
        {
            ApiKey = settings.ApiKey,
            BaseUrl = string.IsNullOrWhiteSpace(settings.BaseUrl) ? AnthropicDefaultBaseUrl : settings.BaseUrl.Trim().TrimEnd('/'),
            MaxRetries = 0,
            HttpClient = httpClient,
            Timeout = NoSdkTimeout,
        };
        return client.AsIChatClient(ModelOf(settings), DefaultAnthropicMaxOutputTokens);
    }

    /// <summary>
    /// The OpenAI SDK appends <c>/chat/completions</c> to the endpoint's path; trimming the trailing slash makes a
    /// base with a path (Gemini's <c>/v1beta/openai/</c>) reach <c>&lt;base&gt;/chat/completions</c> either way it is written.
    /// </summary>
    private static Uri? EndpointOf(ProviderSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.BaseUrl))
        {
            return settings.Kind == ProviderKind.OpenAI
                ? null
                : throw new ArgumentException($"Provider '{settings.Name}' needs a base URL.", nameof(settings));
        }

        if (!Uri.TryCreate(settings.BaseUrl.Trim().TrimEnd('/'), UriKind.Absolute, out var endpoint))
        {
            throw new ArgumentException($"Provider '{settings.Name}' has an invalid base URL '{settings.BaseUrl}'.", nameof(settings));
        }

        return endpoint;
    }

    private static string ModelOf(ProviderSettings settings) =>
        settings.Model
        ?? KnownProviders.Find(settings.Name)?.DefaultModel
        ?? throw new ArgumentException($"Provider '{settings.Name}' needs a model.", nameof(settings));
}
