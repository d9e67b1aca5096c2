using System.Text.Json.Serialization;

namespace Roundtable.Server.Practice;

/// <summary>Seed 003's success envelope: <c>{"success": true, "data": …}</c>. Errors are ProblemDetails instead.</summary>
public sealed record PracticeEnvelope<T>(T Data)
{
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}
