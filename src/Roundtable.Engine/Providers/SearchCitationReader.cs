using System.ClientModel.Primitives;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Reads Perplexity's top-level <c>citations</c> (URLs) and <c>search_results</c> (title, url, date, snippet)
/// from the OpenAI SDK's models, which keep properties they do not know in their <see cref="JsonPatch"/>.
/// </summary>
internal static class SearchCitationReader
{
#pragma warning disable SCME0001 // JsonPatch is how the OpenAI SDK exposes unknown properties; it is experimental.
    public static IReadOnlyList<CitationAnnotation> Read(object? rawRepresentation) => rawRepresentation switch
    {
        ChatCompletion completion => Read(ref completion.Patch),
        StreamingChatCompletionUpdate update => Read(ref update.Patch),
        _ => [],
    };

    private static IReadOnlyList<CitationAnnotation> Read(ref JsonPatch patch)
    {
        var citations = patch.TryGetJson("$.citations"u8, out var urls) ? urls : ReadOnlyMemory<byte>.Empty;
        var searchResults = patch.TryGetJson("$.search_results"u8, out var results) ? results : ReadOnlyMemory<byte>.Empty;
        return citations.IsEmpty && searchResults.IsEmpty ? [] : Parse(citations, searchResults);
    }
#pragma warning restore SCME0001

    /// <summary>What makes two citations the same source.</summary>
    public static string KeyOf(CitationAnnotation citation) =>
        citation.Url?.AbsoluteUri ?? citation.Title ?? citation.Snippet ?? string.Empty;

    private static List<CitationAnnotation> Parse(ReadOnlyMemory<byte> citationsJson, ReadOnlyMemory<byte> searchResultsJson)
    {
        var found = new List<CitationAnnotation>();
        var byKey = new Dictionary<string, CitationAnnotation>(StringComparer.Ordinal);

        foreach (var element in ArrayItems(citationsJson))
        {
            if (element.ValueKind == JsonValueKind.String && ToUri(element.GetString()) is { } url)
            {
                Add(new CitationAnnotation { Url = url });
            }
        }

        // search_results describe the same sources in more detail, and may list some not in citations.
        foreach (var element in ArrayItems(searchResultsJson))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var result = new CitationAnnotation
            {
                Url = ToUri(StringOf(element, "url")),
                Title = StringOf(element, "title"),
                Snippet = StringOf(element, "snippet"),
            };
            if (result.Url is null && result.Title is null)
            {
                continue;
            }

            var existing = byKey.GetValueOrDefault(KeyOf(result));
            var target = existing ?? result;
            target.Title ??= result.Title;
            target.Snippet ??= result.Snippet;
            if (StringOf(element, "date") is { } date)
            {
                (target.AdditionalProperties ??= [])["date"] = date;
            }

            if (existing is null)
            {
                Add(result);
            }
        }

        return found;

        void Add(CitationAnnotation citation)
        {
            if (byKey.TryAdd(KeyOf(citation), citation))
            {
                found.Add(citation);
            }
        }
    }

    private static List<JsonElement> ArrayItems(ReadOnlyMemory<byte> json)
    {
        if (json.IsEmpty)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(item => item.Clone()).ToList()
                : [];
        }
        catch (JsonException)
        {
            // Sources are a courtesy; a provider's malformed extra field must not fail the answer.
            return [];
        }
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static Uri? ToUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
}
