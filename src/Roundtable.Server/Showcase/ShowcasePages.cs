namespace Roundtable.Server.Showcase;

/// <summary>Non-Razor Showcase routes: the sitemap of public pages.</summary>
public static class ShowcasePages
{
    public static IEndpointRouteBuilder MapShowcasePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", Sitemap.WriteAsync).ExcludeFromDescription();
        return app;
    }
}
