using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers;

/// <summary><see cref="ChatClientBuilder"/> extension for <see cref="SearchCitationsChatClient"/>.</summary>
public static class SearchCitationsChatClientBuilderExtensions
{
    /// <summary>Keeps Perplexity-style <c>citations</c> and <c>search_results</c> as <see cref="CitationAnnotation"/>s.</summary>
    public static ChatClientBuilder UseSearchCitations(this ChatClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new SearchCitationsChatClient(inner));
    }
}
