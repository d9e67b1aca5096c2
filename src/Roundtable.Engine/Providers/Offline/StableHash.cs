using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// 64-bit FNV-1a over the UTF-16 code units of a text. Unlike <see cref="string.GetHashCode()"/>,
/// which is randomised per process, the same input hashes the same way on every run, so an
/// unseeded offline reply is still reproducible.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Hashes the parts of a prompt that decide the reply: roles, authors and texts.</summary>
    public static ulong Of(IEnumerable<ChatMessage> messages)
    {
        var hash = OffsetBasis;
        foreach (var message in messages)
        {
            hash = Append(hash, message.Role.Value);
            hash = Append(hash, message.AuthorName);
            hash = Append(hash, message.Text);
        }

        return hash;
    }

    private static ulong Append(ulong hash, string? text)
    {
        unchecked
        {
            foreach (var c in text ?? string.Empty)
            {
                hash = (hash ^ c) * Prime;
            }

            // A separator keeps ("ab", "c") and ("a", "bc") apart.
            return (hash ^ 0xFFFF) * Prime;
        }
    }
}
