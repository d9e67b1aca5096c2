using System.Text.Json;
using Roundtable.Engine.Tests.Support;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>
/// The representatives of one meeting speak through different providers: seat n tries
/// Practice:RepresentativeChain rotated by n. Each provider is a loopback server of its own speaking
/// its real wire protocol (OpenAI, Anthropic, Gemini's OpenAI-compatible endpoint).
/// </summary>
public sealed class RepresentativeProvidersTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task OneOnThree_EachSeatSpeaksThroughTheChainRotatedByItsSeat(DatabaseKind kind)
    {
        await using var openAI = await LoopbackProviderServer.StartAsync();
        await using var anthropic = await LoopbackProviderServer.StartAsync();
        await using var gemini = await LoopbackProviderServer.StartAsync();
        openAI.ReplyText = "OpenAI here: the numbers work for finance.";
        anthropic.ReplyText = "Anthropic here: the strategy fits our plans.";
        gemini.ReplyText = "Gemini here: the integration looks sound.";
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind, Settings(openAI, anthropic, gemini));
        var http = workspace.Client;
        var meetingId = (await http.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria, workspace.John, workspace.Priya))
            .GetProperty("id").GetString()!;
        await http.PostDataAsync($"/api/meeting/{meetingId}/start", new { });

        var twoAnswer = await http.SendAsync(meetingId, "Maria and John, what would the first year look like for you?");
        await http.SendAsync(meetingId, "Priya, how would the integration with Dynamics 365 work?");

        Assert.Equal(["Maria Lopez", "John Carter"], twoAnswer.GetProperty("ai_responses").EnumerateArray().Select(r => r.GetProperty("speaker_name").GetString()));
        var replies = (await http.GetDataAsync($"/api/conversation/{meetingId}/history")).GetProperty("turns").EnumerateArray()
            .Where(t => t.GetProperty("speaker").GetString() == "representative")
            .ToDictionary(t => t.GetProperty("speaker_name").GetString()!);
        AssertSpokeThrough(replies["Maria Lopez"], "OpenAI", openAI);
        AssertSpokeThrough(replies["John Carter"], "Anthropic", anthropic);
        AssertSpokeThrough(replies["Priya Shah"], "Gemini", gemini);
        Assert.Equal("/v1/chat/completions", Assert.Single(openAI.Requests).Path);
        Assert.Equal("/v1/messages", Assert.Single(anthropic.Requests).Path);
        Assert.Equal("/v1beta/openai/chat/completions", Assert.Single(gemini.Requests).Path);
    }

    private static void AssertSpokeThrough(JsonElement turn, string provider, LoopbackProviderServer server)
    {
        Assert.Equal(provider, turn.GetProperty("provider").GetString());
        Assert.False(turn.GetProperty("is_offline").GetBoolean());
        Assert.Equal(server.ReplyText, turn.GetProperty("text").GetString());
    }

    /// <summary>
    /// The representative chain on the three servers, one attempt each (a retry would wait out its backoff on
    /// the fake clock); the orchestrator and the analyst stay offline, so every request a server gets is a rep's.
    /// </summary>
    private static Dictionary<string, string?> Settings(LoopbackProviderServer openAI, LoopbackProviderServer anthropic, LoopbackProviderServer gemini) => new()
    {
        ["Providers:OpenAI:ApiKey"] = LoopbackProviderServer.TestApiKey,
        ["Providers:OpenAI:BaseUrl"] = openAI.OpenAIBaseUrl.ToString(),
        ["Providers:OpenAI:MaxRetries"] = "0",
        ["Providers:Anthropic:ApiKey"] = LoopbackProviderServer.TestApiKey,
        ["Providers:Anthropic:BaseUrl"] = anthropic.AnthropicBaseUrl.ToString(),
        ["Providers:Anthropic:MaxRetries"] = "0",
        ["Providers:Gemini:ApiKey"] = LoopbackProviderServer.TestApiKey,
        ["Providers:Gemini:BaseUrl"] = gemini.GeminiBaseUrl.ToString(),
        ["Providers:Gemini:MaxRetries"] = "0",
        ["Practice:RepresentativeChain:0"] = "OpenAI",
        ["Practice:RepresentativeChain:1"] = "Anthropic",
        ["Practice:RepresentativeChain:2"] = "Gemini",
        ["Practice:OrchestratorChain:0"] = "Offline",
        ["Practice:AnalystChain:0"] = "Offline",
    };
}
