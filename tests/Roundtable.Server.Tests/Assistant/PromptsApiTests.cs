using System.Net;
using System.Net.Http.Json;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Prompt templates are versioned; a new version does not change conversations already running.</summary>
public sealed class PromptsApiTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task CreatePrompt_NewVersion_RunningConversationKeepsItsVersion(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var http = await server.CreateApplicationClientAsync("app");
        using var v1 = await http.PostAsJsonAsync("/v1/prompts", new { name = "concierge", template = "You are the OLD concierge of {{hotel}}." });
        Assert.Equal(1, (await AssistantHttp.ReadAsync(v1, HttpStatusCode.Created)).GetProperty("version").GetInt32());
        var id = (await http.CreateConversationAsync(new { config = new { prompt = "concierge", prompt_variables = new { hotel = "Grand" } } })).GetProperty("id").GetString()!;

        using var v2 = await http.PostAsJsonAsync("/v1/prompts", new { name = "concierge", template = "You are the NEW concierge of {{hotel}}." });
        var second = await AssistantHttp.ReadAsync(v2, HttpStatusCode.Created);

        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal(["hotel"], second.GetProperty("variables").EnumerateArray().Select(v => v.GetString()));
        var latest = await http.GetJsonAsync("/v1/prompts/concierge");
        Assert.Equal(2, latest.GetProperty("prompt").GetProperty("version").GetInt32());
        Assert.Equal([1, 2], latest.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Contains("OLD", (await http.GetJsonAsync("/v1/prompts/concierge?version=1")).GetProperty("prompt").GetProperty("template").GetString());
        Assert.Equal(1, (await http.GetJsonAsync($"/v1/conversations/{id}")).GetProperty("config").GetProperty("prompt_version").GetInt32());
        Assert.StartsWith("You are the OLD concierge of Grand.", (await http.GetJsonAsync($"/v1/conversations/{id}/context")).GetProperty("system_prompt").GetString());
        var listed = (await http.GetJsonAsync("/v1/prompts")).EnumerateArray().ToList();
        Assert.Contains(listed, p => p.GetProperty("name").GetString() == "assistant-default");
        Assert.Contains(listed, p => p.GetProperty("name").GetString() == "concierge" && p.GetProperty("version").GetInt32() == 2);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task CreatePrompt_BuiltInName_ContinuesAfterBuiltInVersion(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var http = await server.CreateApplicationClientAsync("app");

        using var created = await http.PostAsJsonAsync("/v1/prompts", new { name = "assistant-default", template = "You are {{assistant_name}}. {{instructions}}" });

        Assert.Equal(2, (await AssistantHttp.ReadAsync(created, HttpStatusCode.Created)).GetProperty("version").GetInt32());
        Assert.Equal([1, 2], (await http.GetJsonAsync("/v1/prompts/assistant-default")).GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
    }
}
