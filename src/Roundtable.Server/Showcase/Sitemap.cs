using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary><c>/sitemap.xml</c>: the home page, every business page and every archived conversation.</summary>
internal static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task WriteAsync(HttpContext context, RoundtableDbContext db)
    {
        var root = $"{context.Request.Scheme}://{context.Request.Host}";
        var businesses = await db.Businesses.AsNoTracking().Select(b => b.Id).ToListAsync(context.RequestAborted);
        var archived = await db.Conversations.AsNoTracking()
            .Where(c => c.Status == ConversationStatus.Completed)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.CompletedAt })
            .ToListAsync(context.RequestAborted);

        var urls = new List<XElement> { Url($"{root}/", null), Url($"{root}/conversations", null) };
        urls.AddRange(businesses.Select(id => Url($"{root}/business/{id}", null)));
        urls.AddRange(archived.Select(c => Url($"{root}/conversations/{c.Id}", c.CompletedAt)));
        context.Response.ContentType = "application/xml; charset=utf-8";
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
        // XDocument.ToString() leaves the declaration out.
        await context.Response.WriteAsync(document.Declaration + "\n" + document, context.RequestAborted);
    }

    private static XElement Url(string location, DateTimeOffset? modified) => new(Ns + "url",
        new XElement(Ns + "loc", location),
        modified is null ? null : new XElement(Ns + "lastmod", modified.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
