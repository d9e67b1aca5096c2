using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Engine.Tests.Prompts.Templates;

public sealed class PromptTemplateTests
{
    [Fact]
    public void Constructor_Text_VariablesDerived()
    {
        var template = new PromptTemplate("intro", 2, "I am {{ agent_name }} at {{business_name}}.", "An intro");

        Assert.Equal(["agent_name", "business_name"], template.Variables);
        Assert.Equal(2, template.Version);
        Assert.Equal("An intro", template.Description);
    }

    [Fact]
    public void Constructor_MalformedText_ThrowsSyntaxError()
    {
        Assert.Throws<PromptTemplateSyntaxException>(() => new PromptTemplate("broken", 1, "Hi {{name"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" padded")]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    [InlineData("slash/name")]
    public void Constructor_InvalidName_Throws(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new PromptTemplate(name, 1, "text"));

        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Constructor_VersionZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PromptTemplate("intro", 0, "text"));
    }

    [Theory]
    [InlineData("showcase-agent")]
    [InlineData("assistant_default.v2")]
    [InlineData("A1")]
    public void IsValidName_TypicalNames_True(string name)
    {
        Assert.True(PromptTemplate.IsValidName(name));
    }

    [Fact]
    public void Equals_SameValues_Equal()
    {
        var createdAt = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(new PromptTemplate("intro", 1, "Hi {{name}}", "d", createdAt), new PromptTemplate("intro", 1, "Hi {{name}}", "d", createdAt));
        Assert.NotEqual(new PromptTemplate("intro", 1, "Hi {{name}}"), new PromptTemplate("intro", 1, "Hello {{name}}"));
    }
}
