using System.Globalization;
using Microsoft.Playwright;

namespace Roundtable.Browser.Tests.Support;

/// <summary>The live widget as a test reads it, plus what the page did that it should not have.</summary>
internal sealed class LiveWidgetPage
{
    private readonly PageMisbehaviour misbehaviour;
    private int latestRequests;

    public LiveWidgetPage(IPage page)
    {
        Page = page;
        misbehaviour = new PageMisbehaviour(page);
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/live-conversation-latest", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref latestRequests);
            }
        };
    }

    public IPage Page { get; }

    public ILocator StatusBadge => Page.Locator("[data-role=status-badge]");

    public ILocator Countdown => Page.Locator("[data-role=countdown]");

    public ILocator Connection => Page.Locator("[data-role=connection]");

    public ILocator MessageCount => Page.Locator("[data-role=message-count]");

    public ILocator MessageList => Page.Locator("[data-role=messages]");

    public ILocator Messages => MessageList.Locator("li[data-message-id]");

    public IReadOnlyList<string> Dialogs => misbehaviour.Dialogs;

    public IReadOnlyList<string> ScriptErrors => misbehaviour.ScriptErrors;

    /// <summary>How often the page has fetched the latest conversation (the polling fallback's request).</summary>
    public int LatestRequests => Volatile.Read(ref latestRequests);

    public ILocator Message(int number) => MessageList.Locator($"li[data-message-number=\"{number}\"]");

    /// <summary>The countdown as shown (mm:ss), in seconds.</summary>
    public async Task<int> CountdownSecondsAsync()
    {
        var text = (await Countdown.TextContentAsync())?.Trim() ?? "";
        var parts = text.Split(':');
        Assert.True(parts.Length == 2, $"countdown shows '{text}'");
        return int.Parse(parts[0], CultureInfo.InvariantCulture) * 60 + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }
}
