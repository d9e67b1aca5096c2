using Microsoft.Extensions.Time.Testing;
using Roundtable.Server.Practice.Research;

namespace Roundtable.Server.Tests.Practice.Research;

public sealed class SafeHttpFetcherTests : IAsyncLifetime
{
    private CompanySite site = null!;

    public async Task InitializeAsync() => site = await CompanySite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task FetchAsync_AllowedSite_FollowsRedirectToTheHtmlPage()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true));

        var page = await research.Fetcher.FetchAsync(new Uri(site.Root, "/about"), CancellationToken.None);

        Assert.Equal(new Uri(site.Root, "/company/about"), page.Url);
        Assert.Contains("Founded in 2012", page.Html);
    }

    [Theory]
    [InlineData("http://127.0.0.1/", "loopback")]
    [InlineData("http://10.0.0.1/", "private network")]
    [InlineData("http://172.20.1.1/", "private network")]
    [InlineData("http://192.168.1.1/", "private network")]
    [InlineData("http://100.64.0.1/", "carrier-grade NAT")]
    [InlineData("http://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("http://0.0.0.0/", "'this network'")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://[fe80::1]/", "link-local")]
    [InlineData("http://[fd00::1]/", "unique-local")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback")]
    [InlineData("http://[::ffff:169.254.169.254]/", "link-local")]
    [InlineData("http://224.0.0.1/", "multicast")]
    [InlineData("http://[::ffff:0:a9fe:a9fe]/", "link-local")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/", "link-local")]
    [InlineData("http://[64:ff9b:1::a9fe:a9fe]/", "local NAT64")]
    [InlineData("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "Teredo")]
    public async Task FetchAsync_NonPublicAddress_IsBlocked(string url, string kind)
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: false));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri(url), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.Blocked, failure.Kind);
        Assert.Contains(kind, failure.Reason);
    }

    [Fact]
    public async Task FetchAsync_LoopbackSiteWithPrivateNetworksOff_IsBlockedBeforeAnyRequest()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: false));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(site.Root, CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.Blocked, failure.Kind);
        Assert.Empty(site.Requested);
    }

    [Fact]
    public async Task FetchAsync_HostNameResolvingToLoopback_IsBlockedAtConnect()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: false));

        // "localhost" goes through real name resolution; the connect step sees the loopback address.
        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri($"http://localhost:{site.Port}/"), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.Blocked, failure.Kind);
        Assert.Contains("loopback", failure.Reason);
        Assert.Empty(site.Requested);
    }

    [Theory]
    [InlineData("/to-loopback-ip")]
    [InlineData("/to-internal-name")]
    [InlineData("/to-metadata")]
    public async Task FetchAsync_RedirectFromAllowedSiteToPrivateAddress_IsBlocked(string path)
    {
        // site.test is allowed to be private (an intranet host); the hop it redirects to is not.
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: false, ("AllowedPrivateHosts:0", "site.test")));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri($"http://site.test:{site.Port}{path}"), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.Blocked, failure.Kind);
        Assert.Equal([path], site.Requested);
    }

    [Fact]
    public async Task FetchAsync_AllowedHostName_ReachesTheSite()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: false, ("AllowedPrivateHosts:0", "site.test")));

        var page = await research.Fetcher.FetchAsync(new Uri($"http://site.test:{site.Port}/careers"), CancellationToken.None);

        Assert.Contains("Senior Rust Engineer", page.Html);
    }

    [Fact]
    public async Task FetchAsync_PageOverTheLimit_IsTooLarge()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true, ("MaxResponseBytes", "65536")));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri(site.Root, "/big"), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.TooLarge, failure.Kind);
    }

    [Fact]
    public async Task FetchAsync_EndlessRedirects_StopAtTheLimit()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true, ("MaxRedirects", "3")));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri(site.Root, "/loop/0"), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.TooManyRedirects, failure.Kind);
        Assert.Equal(["/loop/0", "/loop/1", "/loop/2", "/loop/3"], site.Requested);
    }

    [Fact]
    public async Task FetchAsync_Json_IsNotHtml()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri(site.Root, "/json"), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.NotHtml, failure.Kind);
        Assert.Contains("application/json", failure.Reason);
    }

    [Fact]
    public async Task FetchAsync_NotFound_ReportsTheStatus()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri(site.Root, "/missing"), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.HttpStatus, failure.Kind);
        Assert.Contains("404", failure.Reason);
    }

    [Fact]
    public async Task FetchAsync_HangingServer_TimesOutOnTheClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true, ("Timeout", "00:00:10")), clock);

        var fetch = research.Fetcher.FetchAsync(new Uri(site.Root, "/hang"), CancellationToken.None);
        await site.HangingRequestReceived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(fetch.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => fetch.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(CompanyFetchFailure.Timeout, failure.Kind);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/")]
    [InlineData("gopher://example.com/")]
    [InlineData("http://user:secret@example.com/")]
    public async Task FetchAsync_NotAWebAddress_IsInvalid(string url)
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri(url), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.InvalidUrl, failure.Kind);
    }

    [Fact]
    public async Task FetchAsync_RelativeUrl_IsInvalid()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Fetcher.FetchAsync(new Uri("/about", UriKind.Relative), CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.InvalidUrl, failure.Kind);
    }
}
