using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Turns that no longer fit the token window are folded into the model-written summary, not dropped.</summary>
public sealed class ContextFoldingTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_HistoryOverWindow_OldTurnsFoldedIntoSummaryAndSystemPromptKept(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync(new { config = new { context_window_tokens = 700, max_tokens = 150 } })).GetProperty("id").GetString()!;

        for (var i = 1; i <= 6; i++)
        {
            await http.SendAsync(id, $"Turn {i}: my account number ends in 12{i}, and I want to understand the monthly fees on my checking account in detail.");
        }

        var context = await http.GetJsonAsync($"/v1/conversations/{id}/context");
        // The offline model cannot summarise, so the summary is extractive: the folded user turns' facts survive.
        Assert.Contains("ends in 121", context.GetProperty("summary").GetString());
        var through = context.GetProperty("summarized_through").GetInt32();
        Assert.True(through >= 2, $"summarized through {through}");
        var kept = context.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("number").GetInt32()).ToList();
        Assert.All(kept, number => Assert.True(number > through));
        Assert.Equal(12, kept[^1]);
        Assert.StartsWith("You are Assistant", context.GetProperty("system_prompt").GetString());
        Assert.Contains("Summary of the earlier conversation:", context.GetProperty("system_prompt").GetString());
        Assert.True(context.GetProperty("history_tokens").GetInt32() <= context.GetProperty("history_budget_tokens").GetInt32());
        // Folding summarises; the stored messages are all still there.
        Assert.Equal(12, (await http.GetJsonAsync($"/v1/conversations/{id}/messages?limit=200")).GetArrayLength());
    }
}
