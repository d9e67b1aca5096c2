using System.Text.RegularExpressions;
using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Cuts a text into the small pieces a streaming model would send: one to three words each,
/// with the spacing and line breaks kept, so that the pieces concatenate to the exact text.
/// </summary>
internal static partial class StreamingChunks
{
    public static IEnumerable<string> Split(string text, ulong seed)
    {
        var random = new SplitMix64(seed);
        var words = WordWithSpace().Matches(text).Select(m => m.Value).ToList();
        var leading = words.Count > 0 ? text[..text.IndexOf(words[0], StringComparison.Ordinal)] : text;
        for (var i = 0; i < words.Count;)
        {
            var take = 1 + (int)random.NextInclusive(2);
            var chunk = string.Concat(words.Skip(i).Take(take));
            if (i == 0)
            {
                chunk = leading + chunk;
            }

            i += take;
            yield return chunk;
        }

        if (words.Count == 0 && leading.Length > 0)
        {
            yield return leading;
        }
    }

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex WordWithSpace();
}
