using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Practice;

/// <summary>The bench's side of /api: sets up a salesperson, a company, representatives and meetings, and times exchanges.</summary>
internal sealed class PracticeApiClient(HttpClient http) : IDisposable
{
    /// <summary>Names nobody and touches only the CTO's topic (integration), so the rules pick one representative.</summary>
    public const string Line = "How would the integration with our current systems work in practice?";

    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    /// <summary>A salesperson, a company entered by hand, and a decision-making CFO and a CTO.</summary>
    public async Task<PracticeCast> CreateCastAsync()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Ledgerly"), "product_name" },
            { new StringContent("Accounts-payable automation that reads invoices, matches them to purchase orders and schedules payments."), "description" },
            { new StringContent("Bench Salesperson"), "name" },
        };
        var salesperson = await CreatedIdAsync("/api/salesperson/create", form);
        var company = await CreatedIdAsync("/api/company/create", Json("""
            {"company_name":"Northwind Freight","auto_fetch":false,"company_data":{"description":"Regional freight forwarder.","industry":"Logistics","company_size":"800 employees","headquarters":"Rotterdam","tech_stack":["SAP","Salesforce"]}}
            """));
        var cfo = await CreatedIdAsync($"/api/company/{company}/representatives", Json("""
            {"name":"Dana Fischer","role":"cfo","tenure_months":40,"personality_traits":["analytical","cool"],"is_decision_maker":true}
            """));
        var cto = await CreatedIdAsync($"/api/company/{company}/representatives", Json("""
            {"name":"Ravi Menon","role":"cto","tenure_months":18,"personality_traits":["nice"],"is_decision_maker":false}
            """));
        return new PracticeCast(salesperson, company, [cfo, cto]);
    }

    /// <summary>A new meeting of the cast, already started.</summary>
    public async Task<string> StartMeetingAsync(PracticeCast cast)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["salesperson_id"] = cast.SalespersonId,
            ["company_id"] = cast.CompanyId,
            ["meeting_mode"] = cast.MeetingMode,
            ["representatives"] = cast.RepresentativeIds,
            ["meeting_goal"] = "Agree on a pilot of invoice matching",
            ["duration_minutes"] = 240,
            ["difficulty"] = "intermediate",
        });
        var meeting = await CreatedIdAsync("/api/meeting/create", Json(body));
        using var response = await http.PostAsync(new Uri($"/api/meeting/{meeting}/start", UriKind.Relative), null);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST /api/meeting/{meeting}/start answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return meeting;
    }

    /// <summary>One exchange: milliseconds from sending to the whole body read, and the body.</summary>
    public Task<(HttpStatusCode Status, double Milliseconds, byte[] Body)> SendAsync(string meetingId, long turn) =>
        http.PostTimedAsync(
            "/api/conversation/send-message",
            Json($$"""{"meeting_id":"{{meetingId}}","speaker":"salesperson","message":"{{ZeroLatencyModel.TurnMarker}}{{turn}}] {{Line}}"}"""));

    public void Dispose() => http.Dispose();

    private async Task<string> CreatedIdAsync(string path, HttpContent content)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("data").GetProperty("id").GetString()!;
    }

    private static StringContent Json(string json) => new(json.Trim(), Encoding.UTF8, JsonType);
}
