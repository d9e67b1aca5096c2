using System.Text.Json;

namespace Roundtable.Server.Practice.Companies;

/// <summary>A representative as the API shows it.</summary>
public sealed record RepresentativeView(
    Guid Id,
    Guid CompanyId,
    string Name,
    string Role,
    int TenureMonths,
    IReadOnlyList<string> PersonalityTraits,
    bool IsDecisionMaker,
    string? LinkedinProfile,
    string? Notes,
    string? VoiceId,
    DateTimeOffset CreatedAt)
{
    public static RepresentativeView Of(CompanyRepresentative r) => new(
        r.Id, r.CompanyId, r.Name, r.Role, r.TenureMonths, TraitsOf(r), r.IsDecisionMaker, r.LinkedinProfile, r.Notes, r.VoiceId, r.CreatedAt);

    public static IReadOnlyList<string> TraitsOf(CompanyRepresentative r) => JsonSerializer.Deserialize<string[]>(r.PersonalityTraitsJson) ?? [];
}
