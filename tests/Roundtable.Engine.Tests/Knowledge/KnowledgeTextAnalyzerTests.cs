using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class KnowledgeTextAnalyzerTests
{
    [Fact]
    public void Terms_MixedCaseAndPunctuation_LowerCasedWordsSplitOnNonLetters()
    {
        Assert.Equal(["hello", "world", "fast", "track"], KnowledgeTextAnalyzer.Terms("Hello, WORLD! Fast-track"));
    }

    [Fact]
    public void Terms_StopWords_Dropped()
    {
        Assert.Equal(["interest", "save"], KnowledgeTextAnalyzer.Terms("What is the interest on my savings?"));
    }

    [Fact]
    public void Terms_AccentedLetters_MatchUnaccented()
    {
        Assert.Equal(KnowledgeTextAnalyzer.Terms("cafe zurich"), KnowledgeTextAnalyzer.Terms("Café Zürich"));
    }

    [Fact]
    public void Terms_NonLatinScripts_KeptAsLetters()
    {
        Assert.Equal(["uberweisung", "東京", "москва"], KnowledgeTextAnalyzer.Terms("Überweisung 東京 МОСКВА"));
    }

    [Fact]
    public void Terms_Numbers_DecimalsWholeAndGroupSeparatorsDropped()
    {
        Assert.Equal(["2.5", "aer", "1000", "open", "24", "7"], KnowledgeTextAnalyzer.Terms("2.5% AER on £1,000, open 24/7."));
    }

    [Fact]
    public void Terms_SentenceFullStopAfterNumber_NotPartOfTheNumber()
    {
        Assert.Equal(["fee", "12"], KnowledgeTextAnalyzer.Terms("The fee is 12. Then"));
    }

    [Fact]
    public void Terms_InflectedForms_MeetOnOneStem()
    {
        var forms = new[] { "charge", "charges", "charged", "charging" };

        Assert.Single(forms.SelectMany(KnowledgeTextAnalyzer.Terms).Distinct());
    }
}
