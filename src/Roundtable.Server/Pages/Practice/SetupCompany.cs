using Roundtable.Server.Practice.Companies;

namespace Roundtable.Server.Pages.Practice;

/// <summary>A company of the workspace with the representatives a meeting can seat.</summary>
public sealed record SetupCompany(Guid Id, string Name, string? Url, string Source, IReadOnlyList<RepresentativeView> Representatives);
