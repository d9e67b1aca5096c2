namespace Roundtable.Server.Realtime;

/// <summary>Event names of the Showcase hub, as seed 000 names them.</summary>
public static class ShowcaseEvents
{
    public const string StateUpdate = "state_update";
    public const string NewMessage = "new_message";
}
