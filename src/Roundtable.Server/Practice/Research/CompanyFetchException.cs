namespace Roundtable.Server.Practice.Research;

/// <summary>A company page could not be fetched; <see cref="Kind"/> says why, <see cref="Reason"/> says it to a person.</summary>
public sealed class CompanyFetchException(CompanyFetchFailure kind, string reason, Exception? inner = null) : Exception(reason, inner)
{
    public CompanyFetchFailure Kind { get; } = kind;

    public string Reason { get; } = reason;
}
