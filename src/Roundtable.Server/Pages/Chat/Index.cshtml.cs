using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Server.Chat;
using Roundtable.Server.Data;

namespace Roundtable.Server.Pages.Chat;

/// <summary><c>/chat</c>: a conversation with the retail-banking demo assistant, streamed token by token.</summary>
public sealed class IndexModel(DemoAssistant demo, RoundtableDbContext db) : PageModel
{
    /// <summary>The quick actions above the input: the label on the button and the question it sends.</summary>
    public static IReadOnlyList<(string Label, string Prompt)> QuickActions { get; } =
    [
        ("Savings accounts", "What savings accounts do you offer?"),
        ("Fees", "What fees do your accounts have?"),
        ("Opening an account", "How do I open an account?"),
        ("Checking features", "What do your checking accounts include?"),
    ];

    public bool DemoAvailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        DemoAvailable = await demo.ApplicationIdAsync(db, cancellationToken) is not null;
}
