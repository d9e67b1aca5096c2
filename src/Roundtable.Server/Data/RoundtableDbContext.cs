using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Billing;
using Roundtable.Server.Conversations;
using Roundtable.Server.Knowledge;
using Roundtable.Server.Practice.Companies;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Salespeople;
using Roundtable.Server.Practice.Turns;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Data;

/// <summary>
/// The one database of the platform. Each provider has a subclass that owns its migrations
/// (<see cref="SqliteRoundtableDbContext"/>, <see cref="PostgresRoundtableDbContext"/>); code
/// everywhere else uses this type.
/// </summary>
public abstract class RoundtableDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Business> Businesses => Set<Business>();

    public DbSet<BusinessTopic> BusinessTopics => Set<BusinessTopic>();

    public DbSet<ShowcaseCycle> ShowcaseCycles => Set<ShowcaseCycle>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();

    public DbSet<CreditPackage> CreditPackages => Set<CreditPackage>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<AssistantConversation> AssistantConversations => Set<AssistantConversation>();

    public DbSet<AssistantMessage> AssistantMessages => Set<AssistantMessage>();

    public DbSet<AssistantPrompt> AssistantPrompts => Set<AssistantPrompt>();

    public DbSet<StoredDocument> KnowledgeDocuments => Set<StoredDocument>();

    public DbSet<StoredChunk> KnowledgeChunks => Set<StoredChunk>();

    public DbSet<Salesperson> Salespeople => Set<Salesperson>();

    public DbSet<SalespersonMaterial> SalespersonMaterials => Set<SalespersonMaterial>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyRepresentative> Representatives => Set<CompanyRepresentative>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingTurn> MeetingTurns => Set<MeetingTurn>();

    public DbSet<ResponderDecision> ResponderDecisions => Set<ResponderDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RoundtableDbContext).Assembly);
}
