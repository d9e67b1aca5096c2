namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// The sentences a turn can grow by when it is shorter than requested, in the order they read
/// best: more detail on the themes already raised, a look back to an earlier speaker, the result
/// to expect, a caveat, and finally a third theme. Each step receives the remaining word budget.
/// </summary>
internal sealed class TurnExtras(ComposedMessage message, TurnSentences sentences, TurnAnchors anchors,
    IReadOnlyList<VoiceTheme> themes, (string Speaker, string Term)? earlier)
{
    public IEnumerable<Action<int>> All()
    {
        var first = themes.Count > 0 ? themes[0] : null;
        var second = themes.Count > 1 ? themes[1] : null;
        yield return budget => anchors.FirstTheme = Detail(first, anchors.FirstTheme, budget);
        yield return budget => anchors.SecondTheme = Detail(second, anchors.SecondTheme, budget);
        if (!anchors.HasCallback)
        {
            yield return budget => anchors.FirstTheme = message.InsertAfter(anchors.FirstTheme, sentences.Callback(earlier?.Speaker, earlier?.Term, budget), 4) ?? anchors.FirstTheme;
        }

        yield return budget => message.InsertAfter(anchors.Recommendation, sentences.Outcome(budget), 4);
        if (!anchors.HasCaution)
        {
            yield return budget => anchors.SecondTheme = message.InsertAfter(anchors.SecondTheme ?? anchors.FirstTheme, sentences.Caution(budget), 3) ?? anchors.SecondTheme;
        }

        if (!anchors.HasBridge)
        {
            yield return budget => anchors.Opening = message.InsertAfter(anchors.Opening, sentences.Bridge(budget), 3) ?? anchors.Opening;
        }

        foreach (var theme in themes.Skip(2).Take(2))
        {
            var anchor = anchors.SecondTheme ?? anchors.FirstTheme;
            yield return budget => anchor = message.InsertAfter(anchor, sentences.Point(theme, budget), 3) ?? anchor;
            yield return budget => anchor = Detail(theme, anchor, budget);
            anchors.SecondTheme = anchor;
        }

        for (var round = 0; round < 3; round++)
        {
            yield return budget => anchors.FirstTheme = Detail(first, anchors.FirstTheme, budget);
            yield return budget => anchors.SecondTheme = Detail(second, anchors.SecondTheme, budget);
            yield return budget => message.InsertAfter(anchors.Recommendation, sentences.Outcome(budget), 4);
        }
    }

    private ComposedMessage.Line? Detail(VoiceTheme? theme, ComposedMessage.Line? anchor, int budget) =>
        theme is null ? anchor : message.InsertAfter(anchor, sentences.Detail(theme, budget), 3) ?? anchor;
}
