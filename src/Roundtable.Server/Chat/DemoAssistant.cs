using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;

namespace Roundtable.Server.Chat;

/// <summary>
/// The application the chat page talks to: the seeded retail-banking demo, resolved on the server so the
/// browser never holds its API key. Its conversations are started with fixed settings, not the visitor's.
/// </summary>
public sealed class DemoAssistant(IOptions<ChatPageOptions> options)
{
    // A reference is written atomically; a Guid? field could be read half-written by a concurrent request.
    private StrongBox<Guid>? applicationId;

    /// <summary>The demo application's id, or null when it was not seeded (Assistant:SeedDemoData=false).</summary>
    public async ValueTask<Guid?> ApplicationIdAsync(RoundtableDbContext db, CancellationToken cancellationToken)
    {
        if (applicationId is { } known)
        {
            return known.Value;
        }

        var found = await db.Applications.AsNoTracking()
            .Where(a => a.Name == AssistantDemoData.ApplicationName)
            .OrderBy(a => a.Id)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (found is { } id)
        {
            applicationId = new StrongBox<Guid>(id);
        }

        return found;
    }

    /// <summary>A grounded conversation on the demo prompt, owned by the visitor.</summary>
    public CreateConversationRequest ConversationFor(string visitorUserId) => new(
        UserId: visitorUserId,
        Config: new ConversationConfigRequest(
            MaxTokens: options.Value.MaxTokens,
            EnableRag: true,
            Prompt: AssistantDemoData.PromptName,
            PromptVariables: new Dictionary<string, string>(AssistantDemoData.PromptVariables, StringComparer.Ordinal)),
        Metadata: JsonSerializer.SerializeToElement(new { source = "chat-page" }));
}
