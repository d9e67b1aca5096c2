using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Roundtable.Server.Tests.Practice.Research;

/// <summary>A company web site served by Kestrel on loopback: pages with JSON-LD, a careers page, a blog, redirects and misbehaving endpoints.</summary>
internal sealed class CompanySite : IAsyncDisposable
{
    private readonly WebApplication app;

    private CompanySite(WebApplication app) => this.app = app;

    /// <summary>The home page, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Root { get; private set; } = null!;

    public int Port => Root.Port;

    /// <summary>Completes when the hanging endpoint has received its request.</summary>
    public TaskCompletionSource HangingRequestReceived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Paths requested so far, in order.</summary>
    public List<string> Requested { get; } = [];

    public static async Task<CompanySite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var site = new CompanySite(builder.Build());
        site.Map(site.app);
        await site.app.StartAsync();
        var address = site.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.Root = new Uri(address + "/");
        return site;
    }

    private void Map(WebApplication web)
    {
        web.Use(async (context, next) =>
        {
            lock (Requested)
                Requested.Add(context.Request.Path.Value!);
            await next(context);
        });
        web.MapGet("/", () => Html(CompanyPages.Home));
        web.MapGet("/about", () => Results.Redirect("/company/about", permanent: true));
        web.MapGet("/company/about", () => Html(CompanyPages.About));
        web.MapGet("/careers", () => Html(CompanyPages.Careers));
        web.MapGet("/blog", () => Html(CompanyPages.Blog));
        web.MapGet("/json", () => Results.Json(new { name = "Acme" }));
        web.MapGet("/missing", () => Results.NotFound());
        web.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}"));
        web.MapGet("/to-loopback-ip", () => Results.Redirect($"http://127.0.0.1:{Port}/"));
        web.MapGet("/to-internal-name", () => Results.Redirect($"http://internal.test:{Port}/"));
        web.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data"));
        web.MapGet("/big", WriteBigPageAsync);
        web.MapGet("/hang", async (HttpContext context) =>
        {
            HangingRequestReceived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
    }

    // Chunked, with no Content-Length, so only counting while reading can stop it.
    private static async Task WriteBigPageAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html";
        var chunk = System.Text.Encoding.UTF8.GetBytes("<p>" + new string('x', 8188) + "</p>");
        await context.Response.Body.WriteAsync("<html><body>"u8.ToArray(), context.RequestAborted);
        for (var i = 0; i < 64; i++)
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
