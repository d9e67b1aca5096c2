namespace Roundtable.Server.Practice.Research;

/// <summary>Why a company page could not be fetched.</summary>
public enum CompanyFetchFailure
{
    InvalidUrl,
    Blocked,
    Unreachable,
    Timeout,
    TooLarge,
    TooManyRedirects,
    NotHtml,
    HttpStatus,
}
