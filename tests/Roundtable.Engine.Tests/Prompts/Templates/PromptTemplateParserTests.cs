using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Engine.Tests.Prompts.Templates;

public sealed class PromptTemplateParserTests
{
    [Fact]
    public void ExtractVariables_RepeatedAndSpacedPlaceholders_DistinctInOrderOfFirstUse()
    {
        var variables = PromptTemplateParser.ExtractVariables("{{b}} then {{ a }} then {{b}} and {{  _c1 }}.");

        Assert.Equal(["b", "a", "_c1"], variables);
    }

    [Theory]
    [InlineData("")]
    [InlineData("No placeholders at all.")]
    [InlineData("A JSON example: {\"a\": {\"b\": 1}} and a lone }} here.")]
    [InlineData("Single { braces } are text.")]
    public void ExtractVariables_NoPlaceholders_Empty(string text)
    {
        Assert.Empty(PromptTemplateParser.ExtractVariables(text));
    }

    [Fact]
    public void Parse_MixedText_LiteralAndVariableSegments()
    {
        var segments = PromptTemplateParser.Parse("Hi {{ name }}, welcome to {{place}}!");

        Assert.Equal(
            [
                PromptTemplateSegment.Literal("Hi "),
                PromptTemplateSegment.Variable("name"),
                PromptTemplateSegment.Literal(", welcome to "),
                PromptTemplateSegment.Variable("place"),
                PromptTemplateSegment.Literal("!"),
            ],
            segments);
    }

    [Theory]
    [InlineData("Hello {{ }} there", 6, "empty")]
    [InlineData("Hello {{}} there", 6, "empty")]
    [InlineData("Hello {{name", 6, "never closed")]
    [InlineData("Hello {{name}", 6, "never closed")]
    [InlineData("Hello {{first name}}", 6, "'first name' is not a valid variable name")]
    [InlineData("{{{name}}}", 0, "'{name' is not a valid variable name")]
    [InlineData("{{na-me}}", 0, "'na-me' is not a valid variable name")]
    [InlineData("{{1st}}", 0, "'1st' is not a valid variable name")]
    public void Parse_MalformedPlaceholder_ThrowsWithPositionAndReason(string text, int position, string reason)
    {
        var error = Assert.Throws<PromptTemplateSyntaxException>(() => PromptTemplateParser.Parse(text));

        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Message);
        Assert.Empty(error.MissingVariables);
    }

    [Fact]
    public void Parse_MalformedOnThirdLine_ReportsLineAndColumn()
    {
        var error = Assert.Throws<PromptTemplateSyntaxException>(() => PromptTemplateParser.Parse("one\ntwo {{a}}\n  {{ b"));

        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("line 3, column 3", error.Message);
    }
}
