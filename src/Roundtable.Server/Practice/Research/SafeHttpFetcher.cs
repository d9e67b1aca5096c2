using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Practice.Research;

/// <summary>
/// Fetches one HTML page of a company's site, guarded against server-side request forgery: only
/// http and https, every hop of a redirect re-checked, connections only to vetted addresses
/// (<see cref="VettedConnector"/>), the body and the total time limited.
/// </summary>
public sealed class SafeHttpFetcher(IHttpClientFactory clients, IOptions<ResearchOptions> options, TimeProvider timeProvider)
{
    public const string HttpClientName = "Practice.Research";

    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var current = Checked(url, limits);
        using var timeout = new CancellationTokenSource(limits.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var client = clients.CreateClient(HttpClientName);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var response = await SendAsync(client, current, linked.Token);
                if (RedirectTarget(response, current) is { } next)
                {
                    if (redirects >= limits.MaxRedirects)
                        throw new CompanyFetchException(CompanyFetchFailure.TooManyRedirects, $"{url} redirects more than {limits.MaxRedirects} times.");
                    current = Checked(next, limits);
                    continue;
                }
                EnsureHtmlPage(response, current);
                return new FetchedPage(current, await ReadLimitedAsync(response, current, limits.MaxResponseBytes, linked.Token));
            }
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new CompanyFetchException(CompanyFetchFailure.Timeout, $"{current} did not answer within {limits.Timeout.TotalSeconds:0.#} s.", e);
        }
    }

    /// <summary>The URL as fetched, or an InvalidUrl/Blocked refusal before any connection is made.</summary>
    public static Uri Checked(Uri url, ResearchOptions limits)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new CompanyFetchException(CompanyFetchFailure.InvalidUrl, $"'{url}' is not an http or https address.");
        if (string.IsNullOrEmpty(url.Host) || url.UserInfo.Length > 0)
            throw new CompanyFetchException(CompanyFetchFailure.InvalidUrl, $"'{url}' needs a host name and no user name or password.");
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && VettedConnector.Refusal(url.IdnHost, IPAddress.Parse(url.IdnHost.Trim('[', ']')), limits) is { } refusal)
            throw new CompanyFetchException(CompanyFetchFailure.Blocked, refusal);
        return url;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9");
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e) when (FetchFailureIn(e) is { } failure)
        {
            throw failure;
        }
        catch (HttpRequestException e)
        {
            throw new CompanyFetchException(CompanyFetchFailure.Unreachable, $"{url} could not be reached: {e.Message}", e);
        }
    }

    private static CompanyFetchException? FetchFailureIn(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is CompanyFetchException failure)
                return failure;
        }
        return null;
    }

    private static Uri? RedirectTarget(HttpResponseMessage response, Uri current) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location
            ? new Uri(current, location)
            : null;

    private static void EnsureHtmlPage(HttpResponseMessage response, Uri url)
    {
        if (!response.IsSuccessStatusCode)
            throw new CompanyFetchException(CompanyFetchFailure.HttpStatus, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !HtmlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            throw new CompanyFetchException(CompanyFetchFailure.NotHtml, $"{url} is {mediaType ?? "of no stated type"}, not an HTML page.");
    }

    // Content-Length may be absent or false (and is the compressed size): count what is really read.
    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
            throw TooLarge(url, maxBytes);
        using var kept = new MemoryStream();
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[16384];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (kept.Length + read > maxBytes)
                    throw TooLarge(url, maxBytes);
                kept.Write(buffer, 0, read);
            }
        }
        // A body cut short or badly compressed is the site's failure, not ours.
        catch (Exception e) when (e is IOException or InvalidDataException or HttpRequestException)
        {
            throw new CompanyFetchException(CompanyFetchFailure.Unreachable, $"{url} sent a broken page: {e.Message}");
        }
        return Encoding(response.Content.Headers.ContentType).GetString(kept.GetBuffer(), 0, (int)kept.Length);
    }

    private static Encoding Encoding(MediaTypeHeaderValue? contentType)
    {
        try
        {
            return contentType?.CharSet is { Length: > 0 } charset ? System.Text.Encoding.GetEncoding(charset.Trim('"')) : System.Text.Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            return System.Text.Encoding.UTF8;
        }
    }

    private static CompanyFetchException TooLarge(Uri url, long maxBytes) =>
        new(CompanyFetchFailure.TooLarge, $"{url} is larger than {maxBytes} bytes.");
}
