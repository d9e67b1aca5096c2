namespace Roundtable.Server.Practice.Salespeople;

/// <summary>
/// The server-level cap on an upload request's body. Kestrel needs it before configuration is read,
/// so it is the ceiling; <c>Practice:Materials:MaxRequestBytes</c> (default 25 MB) is checked within it.
/// </summary>
public static class PracticeUploadLimit
{
    public const long MaxRequestBytes = 100 * 1024 * 1024;
}
