namespace Roundtable.Server.Showcase;

/// <summary>One discussion topic of a business, in its list order.</summary>
public sealed class BusinessTopic
{
    public int Id { get; set; }

    public int BusinessId { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }
}
