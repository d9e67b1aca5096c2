namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Lays out a roundtable turn in one of the <see cref="TurnShape"/>s: which sentences come in
/// which paragraph, and which of them may be dropped when the turn runs long.
/// </summary>
internal sealed class TurnLayout(ComposedMessage message, TurnSentences sentences, FramePicker picker)
{
    public TurnAnchors Write(TurnShape shape, IReadOnlyList<VoiceTheme> themes, KnowledgeFact? fact, (string Speaker, string Term)? earlier,
        string? handoff, IReadOnlyList<(string Speaker, string Term)> contributions)
    {
        var anchors = new TurnAnchors();
        var a = themes.Count > 0 ? themes[0] : null;
        var b = themes.Count > 1 ? themes[1] : null;
        message.StartParagraph();
        switch (shape)
        {
            case TurnShape.Classic:
                anchors.Opening = Opening(challenge: false);
                anchors.Opening = message.Add(sentences.Bridge(), 2) ?? anchors.Opening;
                anchors.HasBridge = true;
                message.StartParagraph();
                anchors.FirstTheme = Theme(a, 1);
                AddFact(fact);
                anchors.SecondTheme = Theme(b, 1);
                break;
            case TurnShape.Direct:
                anchors.Opening = Opening(challenge: false);
                anchors.FirstTheme = Theme(a, 1);
                message.StartParagraph();
                anchors.SecondTheme = Theme(b, 1);
                AddFact(fact);
                break;
            case TurnShape.CaveatFirst:
                anchors.Opening = Opening(challenge: true);
                anchors.HasCaution = message.Add(sentences.Caution(), 1) is not null;
                message.StartParagraph();
                anchors.HasBridge = message.Add(sentences.Bridge(), 2) is not null;
                anchors.FirstTheme = Theme(a, 1);
                anchors.SecondTheme = Theme(b, 2);
                message.StartParagraph();
                AddFact(fact);
                break;
            case TurnShape.FactFirst:
                anchors.Opening = Opening(challenge: false);
                AddFact(fact);
                message.StartParagraph();
                anchors.FirstTheme = Theme(a, 1);
                anchors.HasCallback = message.Add(sentences.Callback(earlier?.Speaker, earlier?.Term), 3) is not null;
                anchors.SecondTheme = Theme(b, 1);
                break;
            case TurnShape.Last:
                anchors.Opening = Opening(challenge: false);
                message.Add(sentences.SummaryLead(), 1);
                message.StartParagraph();
                message.Add(sentences.Credits(contributions));
                anchors.FirstTheme = Theme(a, 2);
                message.StartParagraph();
                anchors.Recommendation = message.Add(sentences.NextSteps(NeedsBusiness(), NeedsTopic()));
                message.Add(sentences.Closing(NeedsBusiness(), NeedsTopic()));
                return anchors;
            case TurnShape.First:
            default:
                message.Add(sentences.Opening(challenge: false));
                anchors.Opening = message.Add(sentences.Framing());
                anchors.HasBridge = message.Add(sentences.Bridge(), 1) is not null;
                message.StartParagraph();
                anchors.FirstTheme = Theme(a, 1);
                AddFact(fact);
                message.StartParagraph();
                anchors.SecondTheme = Theme(b, 1);
                break;
        }

        if (shape != TurnShape.CaveatFirst)
        {
            message.StartParagraph();
        }

        anchors.Recommendation = message.Add(sentences.Recommendation(NeedsBusiness(), NeedsTopic()));
        message.Add(sentences.Handoff(handoff));
        return anchors;
    }

    private bool NeedsBusiness() => !message.EssentialMentions(sentences.BusinessNames());

    private bool NeedsTopic() => !message.EssentialMentions(sentences.TopicNames());

    private ComposedMessage.Line? Opening(bool challenge)
    {
        var opening = sentences.Opening(challenge);
        var line = message.Add(opening);
        return message.Add(sentences.AfterQuote(opening)) ?? line;
    }

    private ComposedMessage.Line? Theme(VoiceTheme? theme, int detailPriority)
    {
        if (theme is null)
        {
            return null;
        }

        var point = message.Add(sentences.Point(theme));
        return message.Add(sentences.Detail(theme), detailPriority) ?? point;
    }

    private void AddFact(KnowledgeFact? fact)
    {
        if (message.Add(sentences.Fact(fact)) is not null && picker.Chance(75))
        {
            message.Add(sentences.FactUse(), 2);
        }
    }
}
