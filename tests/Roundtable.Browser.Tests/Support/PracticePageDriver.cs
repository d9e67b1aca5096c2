using Microsoft.Playwright;

namespace Roundtable.Browser.Tests.Support;

/// <summary>
/// The Practice pages as a test reads them, plus what the page did that it should not have (dialogs,
/// script errors) and every "who is typing" line it showed, however briefly.
/// </summary>
internal sealed class PracticePageDriver
{
    /// <summary>
    /// Records each new text of the typing indicator, and of streaming (pending) reply bubbles, as they change:
    /// an offline reply can come and go within a frame, too fast for polling assertions.
    /// </summary>
    private const string LiveRecorder =
        """
        window.__practiceTyping = [];
        window.__practiceStreamed = [];
        // Mutation records keep the nodes they touched, so a pending bubble that was filled and replaced
        // before the observer ran (an offline reply can stream within one task) is still seen.
        new MutationObserver(records => {
            const text = document.querySelector('[data-role=typing]')?.textContent.trim();
            if (text && window.__practiceTyping.at(-1) !== text) {
                window.__practiceTyping.push(text);
            }
            for (const record of records) {
                const touched = [record.target, ...record.addedNodes];
                for (const node of touched) {
                    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
                    const pending = element?.closest('.turn-pending') ?? element?.querySelector?.('.turn-pending');
                    if (!pending) continue;
                    const streamed = pending.querySelector('[data-field=text]')?.textContent;
                    const speaker = pending.querySelector('[data-field=speaker]')?.textContent;
                    if (streamed && window.__practiceStreamed.at(-1)?.text !== streamed) {
                        window.__practiceStreamed.push({ speaker, text: streamed });
                    }
                }
            }
        }).observe(document, { subtree: true, childList: true, characterData: true });
        """;

    private readonly PageMisbehaviour misbehaviour;

    private PracticePageDriver(IPage page)
    {
        Page = page;
        misbehaviour = new PageMisbehaviour(page);
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Dialogs => misbehaviour.Dialogs;

    public IReadOnlyList<string> ScriptErrors => misbehaviour.ScriptErrors;

    public ILocator MeetingForm => Page.Locator("form[data-form=meeting]");

    public ILocator Log => Page.Locator("[data-role=log]");

    public ILocator SalespersonTurns => Log.Locator(".turn-salesperson");

    public ILocator Decisions => Log.Locator(".turn-decision");

    public ILocator Input => Page.Locator("[data-role=input]");

    /// <summary>The meeting room once its script runs and its hub connection is up (the server renders the composer enabled before that).</summary>
    public ILocator ConnectedRoom => Page.Locator("[data-practice-meeting][data-connection=connected]");

    public ILocator Send => Page.Locator("[data-role=send]");

    public ILocator Start => Page.Locator("[data-role=start]");

    public ILocator End => Page.Locator("[data-role=end]");

    public ILocator Error => Page.Locator("[data-role=error]").First;

    public ILocator ResultsLink => Page.Locator("[data-role=results]");

    public ILocator ScoreItems => Page.Locator("[data-role=scorecard] .score-item");

    public ILocator WrittenBy => Page.Locator("[data-role=written-by]");

    public ILocator TalkChart => Page.Locator("canvas[data-role=talk-chart]");

    public static async Task<PracticePageDriver> OpenAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(LiveRecorder);
        return new PracticePageDriver(await context.NewPageAsync());
    }

    /// <summary>A finished (not streaming) reply of the named representative.</summary>
    public ILocator RepTurn(string name) => Log.Locator(".turn-rep[data-turn-number]", new() { Has = Page.Locator("[data-field=speaker]", new() { HasTextString = name }) });

    /// <summary>Fills the meeting form of /practice and submits it; returns once the meeting room has loaded.</summary>
    public async Task CreateMeetingAsync(string mode, IReadOnlyList<string> representatives, string goal)
    {
        await MeetingForm.Locator("label", new() { HasTextString = mode }).ClickAsync();
        foreach (var name in representatives)
        {
            await MeetingForm.GetByLabel(name).CheckAsync();
        }

        await MeetingForm.GetByLabel("Your goal for the meeting").FillAsync(goal);
        await MeetingForm.GetByRole(AriaRole.Button, new() { Name = "Create meeting and enter the room" }).ClickAsync();
        await Page.WaitForURLAsync("**/practice/meetings/*", new() { Timeout = 30_000 });
    }

    public async Task SayAsync(string message)
    {
        await Input.FillAsync(message);
        await Input.PressAsync("Enter");
    }

    public Task<string[]> TypingShownAsync() => Page.EvaluateAsync<string[]>("() => window.__practiceTyping");

    /// <summary>The texts a speaker's pending bubble showed while their reply streamed in, in order.</summary>
    public Task<string[]> StreamedByAsync(string speaker) =>
        Page.EvaluateAsync<string[]>("speaker => window.__practiceStreamed.filter(s => s.speaker === speaker).map(s => s.text)", speaker);

    public Task<bool> ChartDrawnAsync() =>
        Page.EvaluateAsync<bool>("() => { const c = document.querySelector('canvas[data-role=talk-chart]'); return !!(window.Chart && Chart.getChart(c)) && c.width > 0; }");

    public async Task SaveScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
