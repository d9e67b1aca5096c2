using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Picks and renders one sentence from a list of frames so that the conversation never hears the
/// same sentence twice. Frames whose wording already appears in the conversation are used only
/// when every fresh frame fails, which keeps turns from sounding alike even when slots differ.
/// </summary>
internal sealed class FramePicker(SplitMix64 random, ConversationMemory memory)
{
    private const int RendersPerFrame = 4;

    private readonly HashSet<string> usedFrames = new(StringComparer.Ordinal);

    public SplitMix64 Random => random;

    /// <summary>A new sentence of at most <paramref name="maxWords"/> words, or null when no frame yields one.</summary>
    public string? Pick(IReadOnlyList<string> frames, SlotValues slots, int maxWords = int.MaxValue) =>
        Pick(frames, slots, maxWords, [true, false]);

    /// <summary>Like <see cref="Pick(IReadOnlyList{string}, SlotValues, int)"/>, but only from frames not heard in the conversation yet.</summary>
    public string? PickFresh(IReadOnlyList<string> frames, SlotValues slots, int maxWords = int.MaxValue) =>
        Pick(frames, slots, maxWords, [true]);

    private string? Pick(IReadOnlyList<string> frames, SlotValues slots, int maxWords, bool[] passes)
    {
        var order = Shuffled(frames);
        foreach (var freshOnly in passes)
        {
            foreach (var frame in order)
            {
                if (usedFrames.Contains(frame) || (freshOnly && IsStale(frame)))
                {
                    continue;
                }

                for (var attempt = 0; attempt < RendersPerFrame; attempt++)
                {
                    var rendered = FrameRenderer.Render(frame, slots, random);
                    if (rendered is null)
                    {
                        break;
                    }

                    var sentence = ProseText.Tidy(rendered);
                    if (ProseText.CountWords(sentence) <= maxWords && !memory.HasSaid(sentence))
                    {
                        usedFrames.Add(frame);
                        memory.Remember(sentence);
                        return sentence;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Accepts a sentence built outside the frames, unless it was already said.</summary>
    public string? Accept(string sentence)
    {
        var tidy = ProseText.Tidy(sentence);
        if (memory.HasSaid(tidy))
        {
            return null;
        }

        memory.Remember(tidy);
        return tidy;
    }

    /// <summary>Whether a frame's wording can already be found in the conversation.</summary>
    public bool IsStale(string frame)
    {
        var fingerprint = FrameRenderer.Fingerprint(frame);
        return fingerprint.Count > 0 && memory.MentionsAll(fingerprint);
    }

    public T Choose<T>(IReadOnlyList<T> items) => items[(int)random.NextInclusive((ulong)items.Count - 1)];

    public bool Chance(int percent) => (int)random.NextInclusive(99) < percent;

    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = (int)random.NextInclusive((ulong)i);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
