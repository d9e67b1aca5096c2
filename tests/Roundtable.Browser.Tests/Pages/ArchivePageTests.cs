using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roundtable.Browser.Tests.Support;
using Roundtable.Server.Conversations;

namespace Roundtable.Browser.Tests.Pages;

/// <summary>The archive as a search engine sees it: raw HTML over HTTP, no script run.</summary>
public sealed partial class ArchivePageTests
{
    private const string Topic = "Storm Damage Restoration & Insurance Claims";
    private const string Hostile = "Watch out: </script><script>alert(1)</script> & \"quotes\" <b>here</b>";

    private static readonly string[] Published =
    [
        "Storm season is when most calls come in, so the first priority is a fast inspection.",
        Hostile,
        "Insurance adjusters respond well to photos taken on the day of the storm.",
        "A short checklist on the website would help homeowners prepare their claim.",
    ];

    [Fact]
    public async Task ArchivePage_CompletedConversation_HasTheTranscriptAndStructuredDataInTheHtml()
    {
        await using var server = new ShowcaseServer(schedulerEnabled: false);
        Conversation conversation;
        await using (var db = server.CreateDbContext())
        {
            conversation = await ConversationSeed.AddAsync(db, 0, ConversationStatus.Completed, Topic, Published, ["Not published yet."]);
        }

        using var client = server.CreateClient();
        using var response = await client.GetAsync($"/conversations/{conversation.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var transcript = WebUtility.HtmlDecode(JsonLdScript().Replace(html, ""));
        Assert.All(Published, content => Assert.Contains(content, transcript));
        Assert.DoesNotContain("Not published yet.", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.DoesNotContain("<b>here</b>", html);
        Assert.Contains(WebUtility.HtmlEncode(Topic), html);
        Assert.Contains("Perfect Roofing Team", html);
        Assert.Matches($"<title>[^<]*{Regex.Escape(WebUtility.HtmlEncode(Topic))}[^<]*</title>", html);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{40,}\">", html);
        Assert.Contains($"<link rel=\"canonical\" href=\"{server.Url($"/conversations/{conversation.Id}")}\">", html);
        Assert.Contains("href=\"/business/1\"", html);
        Assert.Equal(2, Regex.Matches(html, "data-field=\"offline\"(?! hidden)").Count);

        var jsonLd = JsonLdScript().Match(html);
        Assert.True(jsonLd.Success, "no JSON-LD script in the page");
        using var document = JsonDocument.Parse(jsonLd.Groups["json"].Value);
        var posting = document.RootElement;
        Assert.Equal("https://schema.org", posting.GetProperty("@context").GetString());
        Assert.Equal("DiscussionForumPosting", posting.GetProperty("@type").GetString());
        Assert.Equal(Topic, posting.GetProperty("headline").GetString());
        Assert.Equal(Published[0], posting.GetProperty("text").GetString());
        Assert.Equal("Business AI Assistant", posting.GetProperty("author").GetProperty("name").GetString());
        var comments = posting.GetProperty("comment").EnumerateArray().ToList();
        Assert.Equal(Published.Skip(1), comments.Select(c => c.GetProperty("text").GetString()));
        Assert.All(comments, c => Assert.Equal("Comment", c.GetProperty("@type").GetString()));
    }

    [Fact]
    public async Task Sitemap_And_Listing_LinkTheArchivePage()
    {
        await using var server = new ShowcaseServer(schedulerEnabled: false);
        Conversation completed;
        Conversation running;
        await using (var db = server.CreateDbContext())
        {
            completed = await ConversationSeed.AddAsync(db, 0, ConversationStatus.Completed, Topic, Published);
            running = await ConversationSeed.AddAsync(db, 1, ConversationStatus.Active, "Still running", Published[..1]);
        }

        using var client = server.CreateClient();
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.Contains($"<loc>{server.Url($"/conversations/{completed.Id}")}</loc>", sitemap);
        Assert.DoesNotContain($"/conversations/{running.Id}<", sitemap);

        var listing = await client.GetStringAsync("/conversations");
        Assert.Contains($"href=\"/conversations/{completed.Id}\"", listing);
        Assert.Contains(WebUtility.HtmlEncode(Topic), listing);
        Assert.DoesNotContain("Still running", listing);
        Assert.Contains("4 messages", listing);

        var home = await client.GetStringAsync("/");
        Assert.Contains("href=\"/conversations\"", home);
    }

    [Fact]
    public async Task Listing_MoreThanOnePage_PagesNewestFirst()
    {
        await using var server = new ShowcaseServer(schedulerEnabled: false);
        await using (var db = server.CreateDbContext())
        {
            for (var i = 0; i < 23; i++)
            {
                await ConversationSeed.AddAsync(db, i, ConversationStatus.Completed, $"Topic number {i:00}", Published[..1]);
            }
        }

        using var client = server.CreateClient();
        var first = await client.GetStringAsync("/conversations");
        var second = await client.GetStringAsync("/conversations?page=2");
        using var beyond = await client.GetAsync("/conversations?page=3");

        Assert.Equal(20, ArchiveCard().Matches(first).Count);
        Assert.Contains("Topic number 22", first);
        Assert.Equal(3, ArchiveCard().Matches(second).Count);
        Assert.Contains("Topic number 00", second);
        Assert.Contains("href=\"/conversations?page=2\"", first);
        Assert.Contains($"<link rel=\"canonical\" href=\"{server.Url("/conversations?page=2")}\">", second);
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Theory]
    [InlineData("/conversations/{running}")]
    [InlineData("/conversations/999")]
    [InlineData("/business/999")]
    [InlineData("/no-such-page")]
    public async Task Pages_UnknownOrUnfinished_RenderTheNotFoundPage(string path)
    {
        await using var server = new ShowcaseServer(schedulerEnabled: false);
        await using (var db = server.CreateDbContext())
        {
            var running = await ConversationSeed.AddAsync(db, 0, ConversationStatus.Active, "Still running", Published[..1]);
            path = path.Replace("{running}", running.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        using var client = server.CreateClient();
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("404", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.DoesNotContain("Still running", html);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();

    [GeneratedRegex("<article class=\"archive-card")]
    private static partial Regex ArchiveCard();
}
