namespace Roundtable.Server.Pages.Shared;

/// <summary>A completed conversation in a list: the listing page and the "recently" block of a business.</summary>
public sealed record ArchiveListItem(
    int Id,
    string Topic,
    int BusinessId,
    string BusinessName,
    DateTimeOffset? CompletedAt,
    int MessageCount);
