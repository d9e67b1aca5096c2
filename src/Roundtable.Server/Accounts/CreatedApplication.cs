namespace Roundtable.Server.Accounts;

/// <summary>A new application and its key in clear, to be shown once.</summary>
public sealed record CreatedApplication(Application Application, string ApiKey);
