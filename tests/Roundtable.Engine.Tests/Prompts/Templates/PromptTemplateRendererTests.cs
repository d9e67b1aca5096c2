using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Engine.Tests.Prompts.Templates;

public sealed class PromptTemplateRendererTests
{
    private static readonly PromptTemplate Greeting = new("greeting", 1, "Dear {{name}}, your {{ item }} ships to {{city}}. Thanks, {{name}}!");

    [Fact]
    public void Render_AllValues_EveryPlaceholderReplaced()
    {
        var text = PromptTemplateRenderer.Render(Greeting, new Dictionary<string, string?>
        {
            ["name"] = "Ada",
            ["item"] = "lamp",
            ["city"] = "Leeds",
        });

        Assert.Equal("Dear Ada, your lamp ships to Leeds. Thanks, Ada!", text);
    }

    [Fact]
    public void Render_ExtraValues_Ignored()
    {
        var text = PromptTemplateRenderer.Render(new PromptTemplate("short", 1, "Hi {{name}}."), new Dictionary<string, string?>
        {
            ["name"] = "Ada",
            ["unused"] = "whatever",
        });

        Assert.Equal("Hi Ada.", text);
    }

    [Fact]
    public void Render_ValueContainingPlaceholder_InsertedLiterally()
    {
        var template = new PromptTemplate("echo", 1, "{{first}} / {{second}}");

        var text = PromptTemplateRenderer.Render(template, new Dictionary<string, string?>
        {
            ["first"] = "{{second}}",
            ["second"] = "{{ first }} {{broken",
        });

        Assert.Equal("{{second}} / {{ first }} {{broken", text);
    }

    [Fact]
    public void Render_SeveralMissing_ExceptionListsAllInTemplateOrder()
    {
        var error = Assert.Throws<PromptTemplateException>(() =>
            PromptTemplateRenderer.Render(Greeting, new Dictionary<string, string?> { ["item"] = "lamp" }));

        Assert.Equal(["name", "city"], error.MissingVariables);
        Assert.Contains("'greeting'", error.Message);
        Assert.Contains("name, city", error.Message);
    }

    [Fact]
    public void Render_NullEmptyOrBlankValues_CountAsMissing()
    {
        var error = Assert.Throws<PromptTemplateException>(() =>
            PromptTemplateRenderer.Render(Greeting, new Dictionary<string, string?>
            {
                ["name"] = null,
                ["item"] = "",
                ["city"] = "  ",
            }));

        Assert.Equal(["name", "item", "city"], error.MissingVariables);
    }

    [Fact]
    public void Validate_SomeMissing_ReturnsNamesWithoutThrowing()
    {
        var missing = PromptTemplateRenderer.Validate(Greeting, new Dictionary<string, string?> { ["name"] = "Ada" });

        Assert.Equal(["item", "city"], missing);
    }

    [Fact]
    public void Validate_Complete_Empty()
    {
        var missing = PromptTemplateRenderer.Validate(Greeting, new Dictionary<string, string?>
        {
            ["name"] = "Ada",
            ["item"] = "lamp",
            ["city"] = "Leeds",
        });

        Assert.Empty(missing);
    }

    [Fact]
    public void Render_NoVariables_TextUnchanged()
    {
        var template = new PromptTemplate("plain", 1, "Just text with a } and a {.");

        Assert.Equal(template.Text, PromptTemplateRenderer.Render(template, new Dictionary<string, string?>()));
    }
}
