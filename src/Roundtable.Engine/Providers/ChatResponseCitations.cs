using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers;

/// <summary>Reads the sources a provider cited, wherever in a response they were attached.</summary>
public static class ChatResponseCitations
{
    /// <summary>Every <see cref="CitationAnnotation"/> on any content of any message, in order.</summary>
    public static IReadOnlyList<CitationAnnotation> Citations(this ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Messages.SelectMany(Citations).ToList();
    }

    /// <summary>Every <see cref="CitationAnnotation"/> on any content of the message, in order.</summary>
    public static IReadOnlyList<CitationAnnotation> Citations(this ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Contents
            .SelectMany(content => content.Annotations ?? [])
            .OfType<CitationAnnotation>()
            .ToList();
    }
}
