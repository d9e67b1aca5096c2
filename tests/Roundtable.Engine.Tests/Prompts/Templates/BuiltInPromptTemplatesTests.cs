using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Engine.Tests.Prompts.Templates;

public sealed class BuiltInPromptTemplatesTests
{
    private static Dictionary<string, string?> ShowcaseValues() => new()
    {
        ["agent_name"] = "SEO AI Specialist",
        ["persona"] = "You improve how the business is found in local search.",
        ["traits"] = "analytical, precise",
        ["business_name"] = "Summit Roofing",
        ["business_industry"] = "roofing",
        ["business_location"] = "Denver, Colorado",
        ["business_description"] = "Family-owned residential roofing contractor.",
        ["topic"] = "Winning more storm-repair jobs",
        ["min_words"] = "150",
        ["max_words"] = "200",
        ["message_number"] = "3",
        ["total_messages"] = "16",
    };

    [Fact]
    public void CreateStore_Fresh_HoldsVersionOneOfBothBuiltIns()
    {
        var store = BuiltInPromptTemplates.CreateStore();

        Assert.Equal(
            [(BuiltInPromptTemplates.AssistantDefault, 1), (BuiltInPromptTemplates.ShowcaseAgent, 1)],
            store.List().Select(t => (t.Name, t.Version)));
    }

    [Fact]
    public void ShowcaseAgent_Variables_TheShowcaseSet()
    {
        var template = BuiltInPromptTemplates.CreateStore().Get(BuiltInPromptTemplates.ShowcaseAgent)!;

        Assert.Equal(ShowcaseValues().Keys.Order(), template.Variables.Order());
    }

    [Fact]
    public void ShowcaseAgent_FullVariableSet_RendersEveryValue()
    {
        var template = BuiltInPromptTemplates.CreateStore().Get(BuiltInPromptTemplates.ShowcaseAgent)!;

        var text = PromptTemplateRenderer.Render(template, ShowcaseValues());

        Assert.DoesNotContain("{{", text);
        Assert.All(ShowcaseValues().Values, value => Assert.Contains(value!, text));
        Assert.Contains("four AI specialists", text);
        Assert.Contains("between 150 and 200 words", text);
    }

    [Fact]
    public void AssistantDefault_FullVariableSet_RendersEveryValue()
    {
        var template = BuiltInPromptTemplates.CreateStore().Get(BuiltInPromptTemplates.AssistantDefault)!;

        var text = PromptTemplateRenderer.Render(template, new Dictionary<string, string?>
        {
            ["assistant_name"] = "Roundtable Assistant",
            ["instructions"] = "Help customers of Summit Roofing book inspections.",
        });

        Assert.Equal(["assistant_name", "instructions"], template.Variables);
        Assert.StartsWith("You are Roundtable Assistant,", text);
        Assert.Contains("Help customers of Summit Roofing book inspections.", text);
    }

    [Fact]
    public void AddMissingTo_StoreWithEditedTemplate_KeepsTheEdit()
    {
        var store = new InMemoryPromptTemplateStore();
        store.Add(BuiltInPromptTemplates.ShowcaseAgent, "Custom {{agent_name}}.");

        BuiltInPromptTemplates.AddMissingTo(store);

        Assert.Equal("Custom {{agent_name}}.", store.Get(BuiltInPromptTemplates.ShowcaseAgent)!.Text);
        Assert.Equal(1, store.Get(BuiltInPromptTemplates.ShowcaseAgent)!.Version);
        Assert.NotNull(store.Get(BuiltInPromptTemplates.AssistantDefault));
    }
}
