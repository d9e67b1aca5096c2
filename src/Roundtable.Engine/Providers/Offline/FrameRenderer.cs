using System.Text.RegularExpressions;
using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Fills a sentence frame such as "Demand for {service} peaks in {season}." with randomly chosen
/// slot values. A slot written with a capital ("{Prev}") is filled with a capitalised value;
/// values may contain slots themselves. A frame with an empty slot cannot be rendered.
/// </summary>
internal static partial class FrameRenderer
{
    private const int MaxDepth = 4;

    public static string? Render(string frame, SlotValues slots, SplitMix64 random) => Render(frame, slots, random, 0);

    /// <summary>
    /// The literal wording that identifies a frame in prose, normalised: its longest literal part
    /// when that has four words or more, otherwise every literal part of two words or more (all
    /// must appear); empty when the frame is mostly slots and cannot be recognised.
    /// </summary>
    public static IReadOnlyList<string> Fingerprint(string frame)
    {
        var parts = Slot().Split(frame)
            .Where((_, index) => index % 2 == 0)
            .Select(ProseText.Normalize)
            .Where(part => ProseText.CountWords(part) >= 2)
            .OrderByDescending(ProseText.CountWords)
            .ToList();
        return parts.Count == 0 ? []
            : ProseText.CountWords(parts[0]) >= 4 ? [parts[0]]
            : parts.Count >= 2 ? parts
            : [];
    }

    private static string? Render(string frame, SlotValues slots, SplitMix64 random, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var missing = false;
        var text = Slot().Replace(frame, match =>
        {
            var name = match.Groups[1].Value;
            var candidates = slots.Candidates(Lower(name));
            if (candidates.Count == 0)
            {
                missing = true;
                return string.Empty;
            }

            // Condition slots ({ifProject}) only decide whether the frame can be used.
            if (name.StartsWith("if", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2]))
            {
                return string.Empty;
            }

            var value = candidates[(int)random.NextInclusive((ulong)candidates.Count - 1)];
            if (value.Contains('{', StringComparison.Ordinal))
            {
                value = Render(value, slots, random, depth + 1);
                if (value is null)
                {
                    missing = true;
                    return string.Empty;
                }
            }

            return char.IsUpper(name[0]) ? ProseText.Capitalize(value) : value;
        });
        return missing ? null : text;
    }

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Slot();
}
