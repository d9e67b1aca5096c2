namespace Roundtable.Server.Pages.Practice;

/// <summary>A recent meeting of the workspace, as the set-up page lists it.</summary>
public sealed record MeetingListItem(Guid Id, string CompanyName, string Mode, string Goal, string Status, DateTimeOffset CreatedAt)
{
    public string Href => Status == Roundtable.Server.Practice.Meetings.MeetingStatus.Ended
        ? $"/practice/meetings/{Id}/results"
        : $"/practice/meetings/{Id}";
}
