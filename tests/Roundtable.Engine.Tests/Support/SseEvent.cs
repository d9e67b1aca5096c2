namespace Roundtable.Engine.Tests.Support;

/// <summary>One server-sent event; <paramref name="CarriesToken"/> marks the events that deliver reply text.</summary>
internal sealed record SseEvent(string? Name, string Data, bool CarriesToken = false)
{
    public string Format() => Name is null ? $"data: {Data}\n\n" : $"event: {Name}\ndata: {Data}\n\n";
}
