using System.Text.Json;
using System.Text.Json.Nodes;
using Roundtable.Engine.Practice;

namespace Roundtable.Server.Practice.Companies;

/// <summary>
/// Seed 003's <c>company_data</c> object and the engine's <see cref="CompanyProfile"/>: researched
/// profiles are written with the known keys; hand-entered objects are kept as given and read tolerantly.
/// </summary>
public static class CompanyData
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string ToJson(CompanyProfile profile)
    {
        var data = new JsonObject
        {
            ["description"] = profile.Description,
            ["industry"] = profile.Industry,
            ["company_size"] = profile.CompanySize,
            ["headquarters"] = profile.Headquarters,
            ["revenue"] = profile.Revenue,
            ["founded"] = profile.Founded,
            ["tech_stack"] = new JsonArray([.. profile.TechStack.Select(t => JsonValue.Create(t))]),
            ["open_positions"] = profile.OpenPositions,
            ["open_roles"] = new JsonArray([.. profile.OpenRoles.Select(t => JsonValue.Create(t))]),
            ["latest_news"] = new JsonArray([.. profile.LatestNews.Select(t => JsonValue.Create(t))]),
        };
        return data.ToJsonString(Json);
    }

    /// <summary>False when an object anywhere in <paramref name="json"/> names a property twice (it could not be read back).</summary>
    public static bool HasUniqueKeys(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static CompanyProfile ToProfile(string name, string? url, string json)
    {
        var data = JsonNode.Parse(json) as JsonObject ?? [];
        return new CompanyProfile
        {
            Name = name,
            Url = url,
            Description = Text(data, "description"),
            Industry = Text(data, "industry"),
            CompanySize = Text(data, "company_size") ?? Text(data, "size") ?? Text(data, "employees"),
            Headquarters = Text(data, "headquarters") ?? Text(data, "location"),
            Revenue = Text(data, "revenue"),
            Founded = Text(data, "founded"),
            TechStack = List(data, "tech_stack"),
            OpenPositions = Number(data, "open_positions"),
            OpenRoles = List(data, "open_roles"),
            LatestNews = List(data, "latest_news") is { Count: > 0 } news ? news : List(data, "news"),
        };
    }

    private static string? Text(JsonObject data, string key) => data[key] switch
    {
        JsonValue value when value.GetValueKind() is JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } s ? s : null,
        JsonValue value when value.GetValueKind() is JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    private static int? Number(JsonObject data, string key) => data[key] switch
    {
        JsonValue value when value.TryGetValue(out int n) => n,
        JsonValue value when value.TryGetValue(out string? s) && int.TryParse(s, out var parsed) => parsed,
        JsonArray array => array.Count,
        _ => null,
    };

    private static IReadOnlyList<string> List(JsonObject data, string key) => data[key] switch
    {
        JsonArray array => [.. array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())],
        JsonValue value when value.TryGetValue(out string? s) => [.. s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        _ => [],
    };
}
