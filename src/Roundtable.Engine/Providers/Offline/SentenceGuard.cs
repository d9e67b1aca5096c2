namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Picks frames that may render to several sentences (a quoted fact and a remark on it) and
/// accepts one only when every sentence in it is new to the conversation; the
/// <see cref="FramePicker"/> alone checks a rendered frame as one sentence.
/// </summary>
internal sealed class SentenceGuard(FramePicker picker, ConversationMemory spoken)
{
    private const int Attempts = 6;

    public string? Pick(IReadOnlyList<string> frames, SlotValues slots)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var text = picker.Pick(frames, slots);
            if (text is null)
            {
                return null;
            }

            if (ProseText.Sentences(text).All(sentence => !spoken.HasSaid(sentence)))
            {
                spoken.Remember(text);
                return text;
            }
        }

        return null;
    }
}
