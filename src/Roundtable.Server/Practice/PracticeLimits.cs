namespace Roundtable.Server.Practice;

/// <summary>Sizes the Practice API accepts (documented in docs/api/practice.md); beyond them a 400 (413 for uploads).</summary>
public static class PracticeLimits
{
    public const int MaxNameLength = 200;
    public const int MaxRoleLength = 50;
    public const int MaxDescriptionLength = 5_000;
    public const int MaxUrlLength = 2_000;
    public const int MaxNotesLength = 2_000;
    public const int MaxGoalLength = 1_000;
    public const int MaxFileNameLength = 255;
    public const int MaxMessageLength = 4_000;
    public const int MaxTenureMonths = 1_200;
    public const int MinDurationMinutes = 1;
    public const int MaxDurationMinutes = 240;
    public const int MaxCompanyDataBytes = 32 * 1024;
    public const int MaxRepresentativesPerCompany = 50;

    /// <summary>Largest JSON body of the Practice API (not uploads, which have their own limits).</summary>
    public const long MaxJsonRequestBytes = 64 * 1024;
}
