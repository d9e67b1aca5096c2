using Roundtable.Engine.Providers.Offline;
using Xunit.Abstractions;

namespace Roundtable.Engine.Tests.Providers.Offline;

public sealed class OfflineConversationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GetResponseAsync_FullShowcaseConversation_WritesSampleTranscript()
    {
        var turns = await OfflineShowcase.RunAsync(OfflineShowcase.StormSetting());

        output.WriteLine(OfflineShowcase.Transcript(turns));
        Assert.Equal(16, turns.Count);
    }
}
