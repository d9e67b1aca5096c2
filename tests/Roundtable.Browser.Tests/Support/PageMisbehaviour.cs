using Microsoft.Playwright;

namespace Roundtable.Browser.Tests.Support;

/// <summary>What a page did that it should not have: dialogs it opened (dismissed at once) and script errors.</summary>
internal sealed class PageMisbehaviour
{
    private readonly List<string> dialogs = [];
    private readonly List<string> scriptErrors = [];

    public PageMisbehaviour(IPage page)
    {
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => scriptErrors.Add(error);
    }

    public IReadOnlyList<string> Dialogs => dialogs;

    public IReadOnlyList<string> ScriptErrors => scriptErrors;
}
