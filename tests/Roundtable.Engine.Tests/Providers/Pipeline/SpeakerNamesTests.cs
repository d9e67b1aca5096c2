using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Tests.Providers.Pipeline;

public sealed class SpeakerNamesTests
{
    [Theory]
    [InlineData("SEO AI Specialist", "SEO_AI_Specialist")]
    [InlineData("Dr. Müller-Lüdenscheidt", "Dr__M_ller-L_denscheidt")]
    public void ToWireName_OnlyLettersDigitsUnderscoreDash(string name, string expected) =>
        Assert.Equal(expected, SpeakerNames.ToWireName(name));
}
