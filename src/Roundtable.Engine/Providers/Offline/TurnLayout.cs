namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// The shapes a roundtable turn can take, so consecutive turns do not read alike: a classic
/// reaction-bridge-themes-recommendation, a direct one that goes straight to the point, one that
/// opens with a caveat, one that leads with a fact, and special shapes for the first and last turns.
/// </summary>
internal sealed class TurnLayout(ComposedMessage message, TurnSentences sentences, FramePicker picker)
{
    public const int First = 5;
    public const int Last = 4;

    public TurnAnchors Write(int layout, IReadOnlyList<VoiceTheme> themes, KnowledgeFact? fact, (string Speaker, string Term)? earlier,
        string? handoff, IReadOnlyList<(string Speaker, string Term)> contributions)
    {
        var anchors = new TurnAnchors();
        var a = themes.Count > 0 ? themes[0] : null;
        var b = themes.Count > 1 ? themes[1] : null;
        message.StartParagraph();
        switch (layout)
        {
            case 0:
                anchors.Opening = message.Add(sentences.Opening(challenge: false));
                anchors.Opening = message.Add(sentences.Bridge(), 2) ?? anchors.Opening;
                anchors.HasBridge = true;
                message.StartParagraph();
                anchors.FirstTheme = Theme(a, 1);
                AddFact(fact);
                anchors.SecondTheme = Theme(b, 1);
                break;
            case 1:
                anchors.Opening = message.Add(sentences.Opening(challenge: false));
                anchors.FirstTheme = Theme(a, 1);
                message.StartParagraph();
                anchors.SecondTheme = Theme(b, 1);
                AddFact(fact);
                break;
            case 2:
                anchors.Opening = message.Add(sentences.Opening(challenge: true));
                anchors.HasCaution = message.Add(sentences.Caution(), 1) is not null;
                message.StartParagraph();
                anchors.HasBridge = message.Add(sentences.Bridge(), 2) is not null;
                anchors.FirstTheme = Theme(a, 1);
                anchors.SecondTheme = Theme(b, 2);
                message.StartParagraph();
                AddFact(fact);
                break;
            case 3:
                anchors.Opening = message.Add(sentences.Opening(challenge: false));
                AddFact(fact);
                message.StartParagraph();
                anchors.FirstTheme = Theme(a, 1);
                anchors.HasCallback = message.Add(sentences.Callback(earlier?.Speaker, earlier?.Term), 3) is not null;
                anchors.SecondTheme = Theme(b, 1);
                break;
            case Last:
                anchors.Opening = message.Add(sentences.Opening(challenge: false));
                message.Add(sentences.SummaryLead(), 1);
                message.StartParagraph();
                message.Add(sentences.Credits(contributions));
                anchors.FirstTheme = Theme(a, 2);
                message.StartParagraph();
                anchors.Recommendation = message.Add(sentences.NextSteps());
                message.Add(sentences.Closing(), 1);
                anchors.HasHandoff = true;
                return anchors;
            default:
                anchors.Opening = message.Add(sentences.Opening(challenge: false));
                anchors.HasBridge = message.Add(sentences.Bridge(), 2) is not null;
                message.StartParagraph();
                anchors.FirstTheme = Theme(a, 1);
                AddFact(fact);
                message.StartParagraph();
                anchors.SecondTheme = Theme(b, 1);
                break;
        }

        if (layout != 2)
        {
            message.StartParagraph();
        }

        anchors.Recommendation = message.Add(sentences.Recommendation());
        anchors.HasHandoff = message.Add(sentences.Handoff(handoff)) is not null;
        return anchors;
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
