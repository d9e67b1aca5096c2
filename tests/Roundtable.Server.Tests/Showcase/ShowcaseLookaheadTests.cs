using Microsoft.Extensions.DependencyInjection;
using Roundtable.Server.Showcase;
using Roundtable.Server.Tests.Support;
using static Roundtable.Server.Tests.Support.ClassicTimeline;

namespace Roundtable.Server.Tests.Showcase;

/// <summary>Writing ahead: a conversation's first messages exist before its slot, so starting it is only a write.</summary>
public sealed class ShowcaseLookaheadTests
{
    private static readonly TimeSpan PrepareAhead = new ShowcaseOptions().PrepareAhead;

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task ExecuteAsync_SlotAboutToStart_DraftsFirstMessagesInMemoryAndStoresThemWithTheStart(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        const int id = TestBusinesses.DemoId;
        await server.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        var lookahead = server.Services.GetRequiredService<ShowcaseLookahead>();

        var draftedAt = StartOf(0) - PrepareAhead;
        server.AdvanceTo(draftedAt);
        await Eventually.GetAsync(() => lookahead.WrittenAhead, written => written >= 2, "messages 1 and 2 drafted");

        // A draft is memory only: nothing is stored and no credit is charged before the slot starts.
        Assert.Empty(await StoredShowcase.ConversationsAsync(database, id));

        server.AdvanceTo(StartOf(0));
        await server.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Active && s.MessageCount == 1, "message 1 at the start");
        var conversation = Assert.Single(await StoredShowcase.ConversationsAsync(database, id));
        Assert.Equal(StartOf(0), conversation.CreatedAt);
        Assert.Equal([draftedAt, draftedAt], conversation.Messages.Take(2).Select(m => m.CreatedAt));
        Assert.Equal(StartOf(0), conversation.Messages[0].PublishedAt);
        Assert.Null(conversation.Messages[1].PublishedAt);

        // After the start the look-ahead keeps two messages beyond the one published.
        await Eventually.GetAsync(async () => (await StoredShowcase.ConversationsAsync(database, id)).Single().Messages.Count,
            written => written == 3, "message 3 written ahead");
    }
}
