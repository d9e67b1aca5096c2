using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Roundtable.Browser.Tests.Support;
using Roundtable.Server.Assistant;
using static Microsoft.Playwright.Assertions;

namespace Roundtable.Browser.Tests.Pages;

/// <summary>The chat page in a real browser, against the real server and a model on loopback that the test paces.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChatPageTests(BrowserFixture browser)
{
    private const string SavingsQuestion = "What savings accounts do you offer?";
    private const string SavingsTitle = "Savings Account Information";

    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20_000 };

    [SkippableFact]
    public async Task ChatPage_TypedQuestion_StreamsTheGroundedReplyTokenByToken()
    {
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        model.Paced = true;
        model.ReplyText = "**Savings accounts** at Example Bank earn from 2.5% APY.\n\n- A first deposit of at least $100\n- No monthly fee while the balance stays above $500";
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var chat = new ChatPageDriver(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Url("/chat"));
        await Expect(chat.Page.Locator(".site-nav .nav-link.active")).ToHaveTextAsync("Chat");

        await chat.AskAsync(SavingsQuestion);
        await Expect(chat.UserMessages.Last).ToHaveTextAsync(SavingsQuestion);
        var reply = chat.Reply(1);
        // No word released yet: the typing indicator stands in for the reply.
        await Expect(reply.Typing).ToBeVisibleAsync(Soon);
        await Expect(reply.Content).ToBeEmptyAsync();
        await Expect(chat.Input).ToHaveValueAsync("");

        model.Release(2);
        await Expect(reply.Content).ToHaveTextAsync("Savings accounts", new() { Timeout = 20_000 });
        var first = await reply.Content.InnerTextAsync();
        await Expect(reply.Typing).ToBeHiddenAsync();

        model.Release(5);
        await Expect(reply.Content).ToContainTextAsync("earn from", new() { Timeout = 20_000 });
        var second = await reply.Content.InnerTextAsync();
        Assert.StartsWith(first.Trim(), second.Trim(), StringComparison.Ordinal);
        Assert.True(second.Trim().Length > first.Trim().Length, $"the reply did not grow: '{first}', then '{second}'");
        // Still streaming: the stored message, with its producer and sources, has not come yet.
        await Expect(reply.Meta).ToBeHiddenAsync();
        await chat.SaveScreenshotsAsync("chat-streaming");

        model.Release(100);
        await Expect(reply.Meta).ToBeVisibleAsync(Soon);
        await Expect(reply.Content).ToContainTextAsync("No monthly fee while the balance stays above $500");
        await Expect(reply.Content.Locator("strong")).ToHaveTextAsync("Savings accounts");
        await Expect(reply.Content.Locator("li")).ToHaveCountAsync(2);
        await Expect(reply.Provider).ToHaveTextAsync("OpenAI");
        await Expect(reply.Model).ToHaveTextAsync(PacedModelServer.Model);
        await Expect(reply.Offline).ToBeHiddenAsync();
        await Expect(reply.Sources).ToBeVisibleAsync();
        await Expect(reply.Sources).ToContainTextAsync(SavingsTitle);

        // The excerpt behind the source's title.
        await reply.Sources.Locator("summary", new() { HasText = SavingsTitle }).ClickAsync();
        await Expect(reply.Sources.Locator("details[open] p")).ToContainTextAsync("APY");
        await chat.SaveScreenshotsAsync("chat-streamed");
        await chat.Page.SetViewportSizeAsync(390, 844);
        await chat.SaveScreenshotsAsync("chat-streamed-390");
        Assert.Empty(chat.ScriptErrors);
    }

    [SkippableFact]
    public async Task ChatPage_QuickActionAnsweredByTheOfflineModel_ShowsTheOfflineBadgeAndSources()
    {
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        model.RefuseAll = true;
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync();
        var chat = new ChatPageDriver(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Url("/chat"));

        await chat.QuickAction("Savings accounts").ClickAsync();

        await Expect(chat.UserMessages.Last).ToHaveTextAsync(SavingsQuestion);
        var reply = chat.Reply(1);
        await Expect(reply.Meta).ToBeVisibleAsync(Soon);
        await Expect(reply.Offline).ToBeVisibleAsync();
        await Expect(reply.Offline).ToHaveTextAsync("offline");
        await Expect(reply.Model).ToHaveTextAsync("roundtable-offline-1");
        await Expect(reply.Content).Not.ToBeEmptyAsync();
        await Expect(reply.Sources).ToContainTextAsync(SavingsTitle);
        Assert.True(model.Requests > 0, "the hosted providers were never tried");
        await chat.SaveScreenshotsAsync("chat-offline");
        Assert.Empty(chat.ScriptErrors);
    }

    [SkippableFact]
    public async Task ChatPage_ReplyWithMarkup_RendersItHarmlessly()
    {
        const string Attack = "<img src=x onerror=alert(1)>";
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        model.ReplyText = $"Here you go: {Attack} and <script>alert(2)</script> and [a link](javascript:alert(3)) and **bold**.";
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync();
        var chat = new ChatPageDriver(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Url("/chat"));

        // Shift+Enter is a new line in a growing input, not a send.
        var oneLine = (await chat.Input.BoundingBoxAsync())!.Height;
        await chat.Input.FillAsync("Show me");
        await chat.Input.PressAsync("Shift+Enter");
        await chat.Input.PressAsync("Shift+Enter");
        await chat.Input.PressSequentiallyAsync("something");
        await Expect(chat.Input).ToHaveValueAsync("Show me\n\nsomething");
        Assert.True((await chat.Input.BoundingBoxAsync())!.Height > oneLine, "the input did not grow with its text");
        await Expect(chat.UserMessages).ToHaveCountAsync(0);

        await chat.Input.PressAsync("Enter");
        var reply = chat.Reply(1);
        await Expect(reply.Meta).ToBeVisibleAsync(Soon);
        await Expect(reply.Content).ToContainTextAsync(Attack);
        await Expect(reply.Content.Locator("strong")).ToHaveTextAsync("bold");
        await chat.Page.WaitForTimeoutAsync(300);

        Assert.Empty(chat.Dialogs);
        Assert.Equal(0, await chat.Page.Locator("[onerror]").CountAsync());
        Assert.Equal(0, await chat.Log.Locator("img, script").CountAsync());
        Assert.Equal(0, await chat.Log.Locator("a[href^='javascript']").CountAsync());
        Assert.Equal(1, await chat.UserMessages.CountAsync());
        Assert.Empty(chat.ScriptErrors);
    }

    [SkippableFact]
    public async Task ChatPage_NetworkFailureThenOversizedMessage_ExplainsEachAndOffersARetry()
    {
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync();
        var chat = new ChatPageDriver(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Url("/chat"));
        await chat.Page.RouteAsync("**/messages", route => route.AbortAsync("internetdisconnected"));

        await chat.AskAsync(SavingsQuestion);
        await Expect(chat.Error).ToBeVisibleAsync(Soon);
        await Expect(chat.Error).ToContainTextAsync("Network problem");
        await Expect(chat.ErrorAction).ToHaveTextAsync("Try again");
        await Expect(chat.Reply(1).Error).ToBeVisibleAsync();

        await chat.Page.UnrouteAllAsync();
        await chat.Page.RouteAsync("**/messages", route => route.FulfillAsync(new()
        {
            Status = 413,
            ContentType = "application/problem+json",
            Body = """{"title":"Bad request","status":413,"detail":"Request body too large."}""",
        }));
        await chat.ErrorAction.ClickAsync();
        await Expect(chat.Error).ToContainTextAsync("too long", new() { Timeout = 20_000 });
        await Expect(chat.UserMessages).ToHaveCountAsync(1);
        await Expect(chat.Replies).ToHaveCountAsync(1);
        Assert.Empty(chat.ScriptErrors);
    }

    [SkippableFact]
    public async Task ChatPage_ConversationEnded_OffersANewConversation()
    {
        var chromium = browser.Require();
        await using var model = await PacedModelServer.StartAsync();
        model.ReplyText = "Opening an account takes a photo ID and proof of address.";
        await using var server = new ChatServer(model);
        await using var context = await chromium.NewContextAsync();
        var chat = new ChatPageDriver(await context.NewPageAsync());
        await chat.Page.GotoAsync(server.Url("/chat"));
        await chat.AskAsync("How do I open an account?");
        await Expect(chat.Reply(1).Meta).ToBeVisibleAsync(Soon);

        await using (var db = server.CreateDbContext())
        {
            await db.AssistantConversations.ExecuteUpdateAsync(s => s
                .SetProperty(c => c.State, ConversationState.Ended)
                .SetProperty(c => c.EndedReason, "expired"));
        }

        await chat.AskAsync("And what does it cost?");
        await Expect(chat.Error).ToBeVisibleAsync(Soon);
        await Expect(chat.Error).ToContainTextAsync("ended or expired");
        await Expect(chat.ErrorAction).ToHaveTextAsync("Start a new conversation");

        await chat.ErrorAction.ClickAsync();
        await Expect(chat.Error).ToBeHiddenAsync();
        await Expect(chat.Replies).ToHaveCountAsync(0);
        await Expect(chat.Input).ToHaveValueAsync("And what does it cost?");
        await chat.Input.PressAsync("Enter");
        await Expect(chat.Reply(1).Meta).ToBeVisibleAsync(Soon);
        await Expect(chat.Reply(1).Content).ToContainTextAsync("photo ID");
        Assert.Empty(chat.ScriptErrors);
    }
}
