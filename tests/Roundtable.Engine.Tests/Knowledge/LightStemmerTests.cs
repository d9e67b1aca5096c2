using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class LightStemmerTests
{
    // Examples from Porter's 1980 paper for steps 1a-1c whose stems end in no "e" to drop.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    [InlineData("sized", "size")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    public void Stem_PorterStepOneExamples_MatchThePaper(string word, string stem)
    {
        Assert.Equal(stem, LightStemmer.Stem(word));
    }

    [Theory]
    [InlineData("savings", "saving", "save", "saved")]
    [InlineData("accounts", "account", "accounts", "account")]
    [InlineData("transfers", "transferred", "transferring", "transfer")]
    [InlineData("mortgages", "mortgage", "mortgages", "mortgage")]
    [InlineData("policies", "policy", "policies", "policy")]
    [InlineData("closed", "closing", "close", "closes")]
    public void Stem_InflectionsOfOneWord_ShareAStem(string first, string second, string third, string fourth)
    {
        Assert.Single(new[] { first, second, third, fourth }.Select(LightStemmer.Stem).Distinct());
    }

    [Theory]
    [InlineData("gas")]
    [InlineData("bus")]
    [InlineData("2.5")]
    [InlineData("東京")]
    public void Stem_ShortWordsNumbersAndOtherScripts_Unchanged(string word)
    {
        Assert.Equal(word, LightStemmer.Stem(word));
    }
}
