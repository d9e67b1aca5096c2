using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers;

/// <summary><see cref="ChatClientBuilder"/> extension for <see cref="StreamErrorChunksChatClient"/>.</summary>
public static class StreamErrorChunksChatClientBuilderExtensions
{
    /// <summary>Fails the stream when an OpenAI-compatible server reports an error inside it.</summary>
    public static ChatClientBuilder UseStreamErrorChunks(this ChatClientBuilder builder, string provider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        return builder.Use(inner => new StreamErrorChunksChatClient(inner, provider));
    }
}
