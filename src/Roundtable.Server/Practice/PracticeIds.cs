namespace Roundtable.Server.Practice;

/// <summary>Ids in routes and bodies are GUIDs; anything else cannot name a row, so it is simply "not found" or invalid.</summary>
public static class PracticeIds
{
    public static Guid? Parse(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
