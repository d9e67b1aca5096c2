namespace Roundtable.Server.Practice.Research;

/// <summary>Why a page of a company's site is worth reading.</summary>
public enum SitePageRole
{
    About,
    Careers,
    News,
}
