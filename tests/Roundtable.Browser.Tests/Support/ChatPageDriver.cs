using Microsoft.Playwright;

namespace Roundtable.Browser.Tests.Support;

/// <summary>The chat page as a test reads it, plus what the page did that it should not have.</summary>
internal sealed class ChatPageDriver
{
    private readonly PageMisbehaviour misbehaviour;

    public ChatPageDriver(IPage page)
    {
        Page = page;
        misbehaviour = new PageMisbehaviour(page);
    }

    public IPage Page { get; }

    public ILocator Input => Page.Locator("[data-role=input]");

    public ILocator Log => Page.Locator("[data-role=log]");

    public ILocator UserMessages => Log.Locator(".chat-message-user");

    public ILocator Replies => Log.Locator(".chat-message-assistant");

    public ILocator Error => Page.Locator("[data-role=error]");

    public ILocator ErrorAction => Page.Locator("[data-role=error-action]");

    public IReadOnlyList<string> Dialogs => misbehaviour.Dialogs;

    public IReadOnlyList<string> ScriptErrors => misbehaviour.ScriptErrors;

    public ILocator QuickAction(string label) => Page.Locator("[data-role=quick-actions] button", new() { HasText = label });

    public ChatReply Reply(int number) => new(Replies.Nth(number - 1));

    public async Task AskAsync(string question)
    {
        await Input.FillAsync(question);
        await Input.PressAsync("Enter");
    }

    public async Task SaveScreenshotsAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-desktop.png"), FullPage = true });
    }
}

/// <summary>One assistant reply of the chat page.</summary>
internal sealed class ChatReply(ILocator item)
{
    public ILocator Item => item;

    public ILocator Typing => item.Locator("[data-field=typing]");

    public ILocator Content => item.Locator("[data-field=content]");

    public ILocator Meta => item.Locator("[data-field=meta]");

    public ILocator Provider => item.Locator("[data-field=provider]");

    public ILocator Model => item.Locator("[data-field=model]");

    public ILocator Offline => item.Locator("[data-field=offline]");

    public ILocator Sources => item.Locator("[data-field=sources]");

    public ILocator Error => item.Locator("[data-field=error]");
}
