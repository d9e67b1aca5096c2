using System.Text.Json;

namespace Roundtable.Server.Practice.Research;

/// <summary>Reads schema.org JSON-LD blocks: the Organization, job postings and article headlines.</summary>
public static class JsonLdReader
{
    private static readonly string[] OrganizationTypes = ["Organization", "Corporation", "LocalBusiness", "OnlineBusiness", "OnlineStore", "NGO", "EducationalOrganization"];
    private static readonly string[] ArticleTypes = ["Article", "NewsArticle", "BlogPosting", "PressRelease"];

    /// <summary>Every object in the blocks, flattening arrays and @graph; blocks that are not valid JSON are skipped.</summary>
    public static List<JsonElement> Objects(IEnumerable<string> blocks)
    {
        var objects = new List<JsonElement>();
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Flatten(document.RootElement.Clone(), objects);
            }
            catch (JsonException)
            {
                // Sites ship broken JSON-LD often enough; the rest of the page still counts.
            }
        }
        return objects;
    }

    public static OrganizationFacts Organization(IEnumerable<JsonElement> objects)
    {
        var facts = new OrganizationFacts();
        foreach (var item in objects.Where(o => IsType(o, OrganizationTypes)))
        {
            facts = facts.Merge(new OrganizationFacts
            {
                Name = Text(item, "name") ?? Text(item, "legalName"),
                Description = Text(item, "description"),
                Headquarters = Address(item),
                Size = Employees(item),
                Founded = Text(item, "foundingDate"),
                Industry = Text(item, "industry"),
                KnowsAbout = Texts(item, "knowsAbout"),
            });
        }
        return facts;
    }

    public static IEnumerable<string> JobTitles(IEnumerable<JsonElement> objects) =>
        objects.Where(o => IsType(o, ["JobPosting"])).Select(o => Text(o, "title")).OfType<string>();

    public static IEnumerable<string> Headlines(IEnumerable<JsonElement> objects) =>
        objects.Where(o => IsType(o, ArticleTypes)).Select(o => Text(o, "headline") ?? Text(o, "name")).OfType<string>();

    private static void Flatten(JsonElement element, List<JsonElement> into)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Flatten(item, into);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return;
        into.Add(element);
        if (element.TryGetProperty("@graph", out var graph))
            Flatten(graph, into);
    }

    private static bool IsType(JsonElement item, string[] types) =>
        item.TryGetProperty("@type", out var type) && (type.ValueKind switch
        {
            JsonValueKind.String => types.Contains(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && types.Contains(t.GetString())),
            _ => false,
        });

    private static string? Text(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) ? Scalar(value) : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()?.Trim() is { Length: > 0 } text ? text : null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => Text(value, "name") ?? Text(value, "value"),
        JsonValueKind.Array => value.EnumerateArray().Select(Scalar).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static IReadOnlyList<string> Texts(JsonElement item, string property) =>
        !item.TryGetProperty(property, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(Scalar).OfType<string>()]
        : Scalar(value) is { } one ? [one] : [];

    private static string? Address(JsonElement item)
    {
        if (!item.TryGetProperty("address", out var address))
            return Text(item, "location");
        if (address.ValueKind == JsonValueKind.Array)
            address = address.EnumerateArray().FirstOrDefault();
        if (address.ValueKind != JsonValueKind.Object)
            return Scalar(address);
        string?[] parts = [Text(address, "addressLocality"), Text(address, "addressRegion"), Text(address, "addressCountry")];
        var joined = string.Join(", ", parts.OfType<string>());
        return joined.Length > 0 ? joined : Text(address, "streetAddress");
    }

    private static string? Employees(JsonElement item)
    {
        if (!item.TryGetProperty("numberOfEmployees", out var employees))
            return null;
        if (employees.ValueKind == JsonValueKind.Object && Text(employees, "minValue") is { } min && Text(employees, "maxValue") is { } max)
            return $"{min}-{max}";
        return Scalar(employees);
    }
}
