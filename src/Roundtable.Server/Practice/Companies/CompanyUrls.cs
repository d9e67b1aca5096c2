namespace Roundtable.Server.Practice.Companies;

/// <summary>Checks a company web address before anything is fetched.</summary>
public static class CompanyUrls
{
    public static bool TryNormalize(string? value, out string? url)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(value) || value.Length > PracticeLimits.MaxUrlLength
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        // Normalising escapes characters, so the stored form is checked again.
        url = uri.AbsoluteUri;
        return url.Length <= PracticeLimits.MaxUrlLength;
    }
}
