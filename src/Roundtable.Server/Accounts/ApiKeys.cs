using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Roundtable.Server.Accounts;

/// <summary>
/// API keys: "rt_" and 32 random bytes in URL-safe base64. A key is found by its prefix and checked
/// against its stored SHA-256 hash in constant time.
/// </summary>
public static class ApiKeys
{
    public const string Scheme = "rt_";

    /// <summary>Characters of the key kept in clear for lookup: the scheme and 8 random characters.</summary>
    public const int PrefixLength = 11;

    public static string Generate() => Scheme + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string PrefixOf(string key) => key[..Math.Min(PrefixLength, key.Length)];

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool LooksValid(string? key) => key is { Length: > PrefixLength and <= 100 } && key.StartsWith(Scheme, StringComparison.Ordinal);

    public static bool Matches(byte[] keyHash, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(keyHash, storedHash);
}
