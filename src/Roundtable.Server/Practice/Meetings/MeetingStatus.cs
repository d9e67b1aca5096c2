namespace Roundtable.Server.Practice.Meetings;

/// <summary>Values of <see cref="Meeting.Status"/>: created → active → ended.</summary>
public static class MeetingStatus
{
    public const string Created = "created";
    public const string Active = "active";
    public const string Ended = "ended";
}
