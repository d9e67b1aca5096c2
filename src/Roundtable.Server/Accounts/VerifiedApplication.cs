namespace Roundtable.Server.Accounts;

/// <summary>The application a key matched, and until when that match is trusted without asking the database again.</summary>
public sealed record VerifiedApplication(Guid Id, string Name, DateTimeOffset Until);
