using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Roundtable.Server.Tests.Assistant;

namespace Roundtable.Server.Tests.Practice;

/// <summary>Calls the Practice API and unwraps its <c>{"success": true, "data": …}</c> envelope.</summary>
internal static class PracticeHttp
{
    public static async Task<JsonElement> DataAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await AssistantHttp.ReadAsync(response, expected);
        Assert.True(body.GetProperty("success").GetBoolean());
        return body.GetProperty("data");
    }

    public static async Task<JsonElement> PostDataAsync(this HttpClient http, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.PostAsJsonAsync(url, body);
        return await DataAsync(response, expected);
    }

    public static async Task<JsonElement> GetDataAsync(this HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        return await DataAsync(response, HttpStatusCode.OK);
    }

    public static async Task<string> CreateSalespersonAsync(this HttpClient http, params (string Name, byte[] Content)[] files)
    {
        using var form = SalespersonForm("LedgerFlow", "Accounts-payable automation for mid-market finance teams.", files);
        using var response = await http.PostAsync("/api/salesperson/create", form);
        return (await DataAsync(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    public static MultipartFormDataContent SalespersonForm(string productName, string description, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(productName), "product_name" },
            { new StringContent(description), "description" },
            { new StringContent("Alex Morgan"), "name" },
        };
        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "materials", name);
        }

        return form;
    }

    public static async Task<string> CreateCompanyAsync(this HttpClient http, string name = "Northwind Freight") =>
        (await http.PostDataAsync("/api/company/create", new
        {
            company_name = name,
            auto_fetch = false,
            company_data = new { industry = "Logistics", company_size = "800-1,000", headquarters = "Columbus, Ohio", tech_stack = new[] { "Dynamics 365", "Azure" } },
        }, HttpStatusCode.Created)).GetProperty("id").GetString()!;

    public static async Task<string> AddRepresentativeAsync(this HttpClient http, string companyId, string name, string role, params string[] traits) =>
        (await http.PostDataAsync($"/api/company/{companyId}/representatives", new
        {
            name, role, tenure_months = 24, personality_traits = traits.Length == 0 ? ["nice"] : traits, is_decision_maker = role == "cfo",
        }, HttpStatusCode.Created)).GetProperty("id").GetString()!;

    public static async Task<JsonElement> CreateMeetingAsync(this HttpClient http, string salespersonId, string companyId, params string[] representatives) =>
        await http.PostDataAsync("/api/meeting/create", new
        {
            salesperson_id = salespersonId, company_id = companyId, meeting_mode = $"1-on-{representatives.Length}", representatives,
            meeting_goal = "Agree a paid pilot of LedgerFlow", duration_minutes = 30, difficulty = "intermediate",
        }, HttpStatusCode.Created);

    public static Task<JsonElement> SendAsync(this HttpClient http, string meetingId, string message) =>
        http.PostDataAsync("/api/conversation/send-message", new { meeting_id = meetingId, speaker = "salesperson", message });

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);
}
