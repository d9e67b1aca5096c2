using Roundtable.Server.Showcase;

namespace Roundtable.Server.Tests.Support;

/// <summary>Businesses the tests store themselves; the demo business (seed 000's roofer) is id 1 when nothing else is stored.</summary>
internal static class TestBusinesses
{
    public const int DemoId = 1;

    public const string DemoName = "Perfect Roofing Team";

    public static Business Create(string name, int credits, params string[] topics) => new()
    {
        Name = name,
        Industry = "Plumbing",
        Location = "Austin, Texas",
        Credits = credits,
        CreatedAt = ShowcaseServer.Start,
        Topics = topics.Select((text, position) => new BusinessTopic { Position = position, Text = text }).ToList(),
    };
}
