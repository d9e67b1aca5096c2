using Microsoft.Extensions.Time.Testing;
using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Engine.Tests.Prompts.Templates;

public sealed class InMemoryPromptTemplateStoreTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider time = new(Start);
    private readonly InMemoryPromptTemplateStore store;

    public InMemoryPromptTemplateStoreTests() => store = new InMemoryPromptTemplateStore(time);

    [Fact]
    public void Add_TwiceToOneName_VersionsOneAndTwo()
    {
        var first = store.Add("intro", "Hi {{name}}.", "first");
        time.Advance(TimeSpan.FromMinutes(5));
        var second = store.Add("intro", "Hello {{name}} from {{place}}.", "second");

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(Start, first.CreatedAt);
        Assert.Equal(Start.AddMinutes(5), second.CreatedAt);
    }

    [Fact]
    public void Get_ByName_LatestVersion()
    {
        store.Add("intro", "Hi {{name}}.");
        var latest = store.Add("intro", "Hello {{name}}.");

        Assert.Equal(latest, store.Get("intro"));
    }

    [Fact]
    public void Get_ByNameAndVersion_OldVersionUnchanged()
    {
        var first = store.Add("intro", "Hi {{name}}.", "first");
        store.Add("intro", "Hello {{name}}.", "second");

        var stored = store.Get("intro", 1);

        Assert.Equal(first, stored);
        Assert.Equal("Hi {{name}}.", stored!.Text);
        Assert.Equal("first", stored.Description);
    }

    [Theory]
    [InlineData("missing", 1)]
    [InlineData("intro", 0)]
    [InlineData("intro", 2)]
    public void Get_UnknownNameOrVersion_Null(string name, int version)
    {
        store.Add("intro", "Hi.");

        Assert.Null(store.Get(name, version));
        Assert.Null(store.Get("missing"));
    }

    [Fact]
    public void Get_DifferentCase_Null()
    {
        store.Add("intro", "Hi.");

        Assert.Null(store.Get("Intro"));
    }

    [Fact]
    public void List_SeveralNames_LatestOfEachOrderedByName()
    {
        store.Add("zeta", "z1");
        store.Add("alpha", "a1");
        store.Add("zeta", "z2");

        var listed = store.List();

        Assert.Equal([("alpha", 1), ("zeta", 2)], listed.Select(t => (t.Name, t.Version)));
    }

    [Fact]
    public void ListVersions_Name_AllVersionsOldestFirst()
    {
        store.Add("intro", "one");
        store.Add("intro", "two");

        Assert.Equal(["one", "two"], store.ListVersions("intro").Select(t => t.Text));
        Assert.Empty(store.ListVersions("missing"));
    }

    [Fact]
    public void Add_MalformedText_ThrowsAndStoresNothing()
    {
        store.Add("intro", "Hi {{name}}.");

        Assert.Throws<PromptTemplateSyntaxException>(() => store.Add("intro", "Hi {{name"));
        Assert.Throws<PromptTemplateSyntaxException>(() => store.Add("fresh", "{{ }}"));

        Assert.Equal(1, store.Get("intro")!.Version);
        Assert.Null(store.Get("fresh"));
        Assert.Single(store.List());
    }

    [Fact]
    public void Add_InvalidName_Throws()
    {
        Assert.Throws<ArgumentException>(() => store.Add("bad name", "text"));
    }

    [Fact]
    public async Task Add_ConcurrentlyToOneName_EveryVersionOnce()
    {
        var adds = Enumerable.Range(0, 200).Select(i => Task.Run(() => store.Add("busy", $"text {i}")));

        var templates = await Task.WhenAll(adds);

        Assert.Equal(Enumerable.Range(1, 200), templates.Select(t => t.Version).Order());
        Assert.Equal(200, store.Get("busy")!.Version);
        Assert.Equal(200, store.ListVersions("busy").Count);
    }
}
