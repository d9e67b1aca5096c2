using System.Text.Json.Nodes;

namespace Roundtable.Engine.Tests.Support;

/// <summary>The sources <see cref="LoopbackProviderServer"/> cites, Perplexity-style, when asked to.</summary>
public static class LoopbackCitations
{
    public static IReadOnlyList<string> Urls { get; } =
    [
        "https://example.com/roofing/storm-damage-guide",
        "https://example.org/insurance/claims-checklist",
    ];

    /// <summary>The <c>search_results</c> entries: title, url, date and (first entry only) snippet.</summary>
    public static IReadOnlyList<(string Title, string Url, string Date, string? Snippet)> SearchResults { get; } =
    [
        ("Storm damage guide", Urls[0], "2025-03-14", "Inspect shingles within a week of a storm."),
        ("Claims checklist", Urls[1], "2024-11-02", null),
    ];

    /// <summary>Adds <c>citations</c> and <c>search_results</c> to a response object or stream chunk.</summary>
    internal static void AddTo(JsonObject body)
    {
        body["citations"] = new JsonArray(Urls.Select(url => (JsonNode?)JsonValue.Create(url)).ToArray());
        body["search_results"] = new JsonArray(SearchResults.Select(result =>
        {
            var item = new JsonObject { ["title"] = result.Title, ["url"] = result.Url, ["date"] = result.Date };
            if (result.Snippet is not null)
            {
                item["snippet"] = result.Snippet;
            }

            return (JsonNode?)item;
        }).ToArray());
    }
}
