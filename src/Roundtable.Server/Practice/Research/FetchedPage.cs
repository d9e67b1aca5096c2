namespace Roundtable.Server.Practice.Research;

/// <summary>An HTML page as fetched; <see cref="Url"/> is where it was found after redirects.</summary>
public sealed record FetchedPage(Uri Url, string Html);
