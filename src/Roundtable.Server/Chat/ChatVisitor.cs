using System.Security.Cryptography;
using System.Text;

namespace Roundtable.Server.Chat;

/// <summary>
/// The anonymous visitor of the chat page: a random value in an HttpOnly cookie. Conversations store only a
/// hash of it as their <c>user_id</c>, so neither the database nor the API reveals a cookie that would
/// let someone post into another visitor's conversation.
/// </summary>
public static class ChatVisitor
{
    public const string CookieName = "rt_chat_visitor";

    private const int ValueBytes = 32;

    /// <summary>The visitor's user id, or null when the request carries no (well-formed) visitor cookie.</summary>
    public static string? UserIdOf(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && IsWellFormed(value) ? UserIdFor(value) : null;

    /// <summary>The visitor's user id, issuing the cookie first when the visitor has none.</summary>
    public static string Ensure(HttpContext http)
    {
        if (UserIdOf(http.Request) is { } existing)
        {
            return existing;
        }

        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(ValueBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/chat",
            IsEssential = true,
        });
        return UserIdFor(value);
    }

    private static string UserIdFor(string value) =>
        "chat-visitor-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(value)))[..32];

    private static bool IsWellFormed(string value) =>
        value.Length == 43 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
