namespace Roundtable.Server.Practice.Companies;

/// <summary><c>POST /api/company/{id}/representatives</c> (seed 003's fields).</summary>
public sealed record CreateRepresentativeRequest(
    string? Name,
    string? Role,
    int? TenureMonths,
    IReadOnlyList<string>? PersonalityTraits,
    bool? IsDecisionMaker,
    string? LinkedinProfile,
    string? Notes,
    string? VoiceId);
