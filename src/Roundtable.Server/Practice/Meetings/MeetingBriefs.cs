using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Practice;
using Roundtable.Engine.Prompts;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Companies;
using Roundtable.Server.Practice.Salespeople;

namespace Roundtable.Server.Practice.Meetings;

/// <summary>Builds the engine's <see cref="MeetingBrief"/> from stored rows.</summary>
public static class MeetingBriefs
{
    /// <summary>Opening excerpts of at most this many materials travel with every brief; the rest is found by search.</summary>
    private const int MaterialsInBrief = 5;

    /// <summary>The meeting's brief, and the salesperson it was built from (read once, for callers that also need their name).</summary>
    public static async Task<(MeetingBrief Brief, Salesperson Salesperson)> LoadAsync(RoundtableDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var salesperson = await db.Salespeople.AsNoTracking().Include(s => s.Materials).FirstAsync(s => s.Id == meeting.SalespersonId, cancellationToken);
        var company = await db.Companies.AsNoTracking().FirstAsync(c => c.Id == meeting.CompanyId, cancellationToken);
        var ids = MeetingView.RepresentativeIdsOf(meeting);
        var representatives = await db.Representatives.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var questions = JsonSerializer.Deserialize<string[]>(meeting.TopQuestionsJson) ?? [];
        var brief = await BuildAsync(db, salesperson, company, [.. ids.Select(id => representatives.First(r => r.Id == id))],
            meeting.Goal, meeting.Difficulty, meeting.DurationMinutes, questions, cancellationToken);
        return (brief, salesperson);
    }

    public static async Task<MeetingBrief> BuildAsync(
        RoundtableDbContext db, Salesperson salesperson, Company company, IReadOnlyList<CompanyRepresentative> representatives,
        string goal, string difficulty, int durationMinutes, IReadOnlyList<string> topQuestions, CancellationToken cancellationToken)
    {
        var product = new ProductBrief(salesperson.ProductName,
            salesperson.Description, salesperson.ProductUrl, await OpeningExcerptsAsync(db, salesperson, cancellationToken));
        return new MeetingBrief(
            product, CompanyData.ToProfile(company.Name, company.Url, company.CompanyDataJson),
            [.. representatives.Select(ToEngine)], goal, difficulty, durationMinutes, topQuestions);
    }

    public static Representative ToEngine(CompanyRepresentative r) => new(
        r.Id.ToString(), r.Name, r.Role, r.TenureMonths, RepresentativeView.TraitsOf(r), r.IsDecisionMaker, r.Notes);

    private static async Task<IReadOnlyList<KnowledgeSnippet>> OpeningExcerptsAsync(
        RoundtableDbContext db, Salesperson salesperson, CancellationToken cancellationToken)
    {
        var materials = salesperson.Materials.Where(m => m.KnowledgeDocumentId is not null)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(MaterialsInBrief).ToList();
        var documentIds = materials.Select(m => m.KnowledgeDocumentId!.Value).ToList();
        var openings = await db.KnowledgeChunks.AsNoTracking()
            .Where(c => documentIds.Contains(c.DocumentId) && c.Index == 0)
            .ToDictionaryAsync(c => c.DocumentId, c => c.Text, cancellationToken);
        return [.. materials.Where(m => openings.ContainsKey(m.KnowledgeDocumentId!.Value))
            .Select(m => new KnowledgeSnippet(m.Id.ToString(), m.FileName, openings[m.KnowledgeDocumentId!.Value]))];
    }
}
