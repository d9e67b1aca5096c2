using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Tests.Providers.Pipeline;

public sealed class AlternatingRolesChatClientTests
{
    [Fact]
    public void Reshape_ConsecutiveNamedUserTurns_MergedWithSpeakerNames()
    {
        var reshaped = AlternatingRolesChatClient.Reshape(
        [
            new ChatMessage(ChatRole.System, "persona"),
            new ChatMessage(ChatRole.User, "Pricing matters.") { AuthorName = "Business_AI_Assistant" },
            new ChatMessage(ChatRole.User, "Reviews matter.") { AuthorName = "Customer_Service_AI" },
            new ChatMessage(ChatRole.Assistant, "My earlier point."),
            new ChatMessage(ChatRole.User, "Marketing AI Expert: Campaigns.") { AuthorName = "Marketing_AI_Expert" },
            new ChatMessage(ChatRole.User, "Your turn."),
        ]);

        Assert.Equal([ChatRole.System, ChatRole.User, ChatRole.Assistant, ChatRole.User], reshaped.Select(m => m.Role));
        Assert.Equal("Business AI Assistant: Pricing matters.\n\nCustomer Service AI: Reviews matter.", reshaped[1].Text);
        Assert.Equal("Marketing AI Expert: Campaigns.\n\nYour turn.", reshaped[3].Text);
        Assert.All(reshaped, m => Assert.Null(m.AuthorName));
    }

    [Fact]
    public void Reshape_StartsWithAssistant_PrependsUserAndEndsWithUser()
    {
        var reshaped = AlternatingRolesChatClient.Reshape([new ChatMessage(ChatRole.Assistant, "I spoke first.")]);

        Assert.Equal([ChatRole.User, ChatRole.Assistant, ChatRole.User], reshaped.Select(m => m.Role));
    }
}
