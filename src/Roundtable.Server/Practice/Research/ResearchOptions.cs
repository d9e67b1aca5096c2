using System.ComponentModel.DataAnnotations;

namespace Roundtable.Server.Practice.Research;

/// <summary>Limits of company research from a URL (section <c>Practice:Research</c>).</summary>
public sealed record ResearchOptions
{
    public const string Section = "Practice:Research";

    /// <summary>Lets research reach loopback, private and link-local addresses; off, so a URL cannot probe the server's own network.</summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>Host names that may resolve to private addresses although <see cref="AllowPrivateNetworks"/> is off, e.g. an intranet site. Exact names only.</summary>
    public string[] AllowedPrivateHosts { get; init; } = [];

    /// <summary>Largest page body read, counted after decompression.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxResponseBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Time for one page, redirects included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    [Range(0, 20)]
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Pages read per research: the home page and then about, careers and news pages.</summary>
    [Range(1, 50)]
    public int MaxPages { get; init; } = 6;

    [Required]
    public string UserAgent { get; init; } = "RoundtableResearch/1.0 (+company research for sales practice)";
}
