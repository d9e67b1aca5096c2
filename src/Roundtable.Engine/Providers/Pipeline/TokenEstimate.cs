using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// A cheap token estimate (about four characters a token in English) for budgets and for
/// providers that report no usage. Real counts from the provider always win.
/// </summary>
public static class TokenEstimate
{
    public static int ForText(string? text) => string.IsNullOrEmpty(text) ? 0 : (text.Length + 3) / 4;

    public static int ForMessages(IEnumerable<ChatMessage> messages) =>
        messages.Sum(message => ForText(message.Text) + 4);
}
