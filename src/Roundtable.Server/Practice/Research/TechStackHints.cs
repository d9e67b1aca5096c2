using AngleSharp.Dom;

namespace Roundtable.Server.Practice.Research;

/// <summary>Technologies a page reveals by what it loads: the generator tag, script and link hosts, framework markers.</summary>
public static class TechStackHints
{
    private static readonly (string Marker, string Technology)[] ResourceMarkers =
    [
        ("cdn.shopify.com", "Shopify"),
        ("wp-content/", "WordPress"),
        ("wp-includes/", "WordPress"),
        ("googletagmanager.com", "Google Tag Manager"),
        ("google-analytics.com", "Google Analytics"),
        ("js.hs-scripts.com", "HubSpot"),
        ("js.hsforms.net", "HubSpot"),
        ("hs-analytics.net", "HubSpot"),
        ("js.stripe.com", "Stripe"),
        ("widget.intercom.io", "Intercom"),
        ("js.intercomcdn.com", "Intercom"),
        ("cdn.segment.com", "Segment"),
        ("static.hotjar.com", "Hotjar"),
        ("static.zdassets.com", "Zendesk"),
        ("js.driftt.com", "Drift"),
        ("munchkin.marketo.net", "Marketo"),
        ("static.wixstatic.com", "Wix"),
        ("squarespace.com", "Squarespace"),
        ("webflow.com", "Webflow"),
        ("/_next/", "Next.js"),
        ("/_nuxt/", "Nuxt"),
        ("react-dom", "React"),
        ("react.production", "React"),
        ("vue.global", "Vue.js"),
        ("jquery", "jQuery"),
        ("cdn.cookielaw.org", "OneTrust"),
        ("js.hcaptcha.com", "hCaptcha"),
        ("challenges.cloudflare.com", "Cloudflare"),
    ];

    public static IReadOnlyList<string> Of(IDocument document)
    {
        var found = new List<string>();
        if (document.QuerySelector("meta[name=generator]")?.GetAttribute("content") is { Length: > 0 } generator)
            found.Add(GeneratorName(generator));
        var resources = document.QuerySelectorAll("script[src], link[href], img[src], iframe[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "");
        var inlineScripts = string.Join('\n', document.QuerySelectorAll("script:not([src])").Select(s => s.TextContent));
        foreach (var (marker, technology) in ResourceMarkers)
        {
            if (resources.Any(r => r.Contains(marker, StringComparison.OrdinalIgnoreCase)) || inlineScripts.Contains(marker, StringComparison.OrdinalIgnoreCase))
                found.Add(technology);
        }
        if (document.GetElementById("__NEXT_DATA__") is not null)
            found.Add("Next.js");
        if (document.GetElementById("__nuxt") is not null)
            found.Add("Nuxt");
        if (document.QuerySelector("[data-reactroot], [data-reactid]") is not null)
            found.Add("React");
        if (document.QuerySelector("[ng-version]") is not null)
            found.Add("Angular");
        if (found.Contains("Next.js"))
            found.Add("React");
        return [.. found.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    // "WordPress 6.4.2" names WordPress; the version says nothing a salesperson needs.
    private static string GeneratorName(string generator)
    {
        var words = generator.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = words.TakeWhile(w => !char.IsDigit(w[0]) && !w.StartsWith('v'));
        var joined = string.Join(' ', name);
        return joined.Length > 0 ? joined : generator.Trim();
    }
}
