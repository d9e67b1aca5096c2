using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;
using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Assistant;

/// <summary>The retail-banking demo of seed 002: an application, its assistant prompt and three product documents.</summary>
internal static partial class AssistantDemoData
{
    public const string ApplicationName = "Retail banking demo";
    public const string PromptName = "retail-banking-assistant";

    /// <summary>Values for the prompt's variables, as the chat page starts its conversations.</summary>
    public static IReadOnlyDictionary<string, string> PromptVariables { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bank_name"] = "Example Bank",
        ["services"] = "checking, savings and account opening",
        ["customer_tier"] = "standard",
        ["available_services"] = "product questions, fees and how to open an account",
    };

    private const string PromptText =
        """
        You are the customer assistant of {{bank_name}}, helping with {{services}}.
        You are serving a {{customer_tier}}-tier customer, and you can help with {{available_services}}.

        - Stay courteous and precise, and answer only from the bank's published information.
        - You do not give investment advice; suggest speaking with a licensed adviser instead.
        - Never ask for passwords, full card numbers or one-time codes, and protect the customer's privacy.
        """;

    private static readonly NewDocument[] Documents =
    [
        new("Savings Account Information",
            "Savings accounts earn from 2.5% APY. Opening one takes a first deposit of at least $100, and there is no monthly fee while the balance stays above $500.",
            "products", JsonText.EmptyObject),
        new("Checking Account Features",
            "Checking accounts come with free ATM withdrawals, mobile check deposit and overdraft protection, and need no minimum balance.",
            "products", JsonText.EmptyObject),
        new("Account Opening Requirements",
            "Opening an account requires a valid government-issued photo ID, a Social Security Number, proof of address and the initial deposit.",
            "procedures", JsonText.EmptyObject),
    ];

    public static async Task SeedAsync(
        RoundtableDbContext db, KnowledgeBase knowledge, PromptLibrary prompts, TimeProvider timeProvider, string? apiKey, ILogger logger,
        CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(a => a.Name == ApplicationName, cancellationToken))
        {
            return;
        }

        var created = await ApplicationRegistrar.CreateAsync(db, ApplicationName, timeProvider.GetUtcNow(), cancellationToken, string.IsNullOrWhiteSpace(apiKey) ? null : apiKey);
        var applicationId = created.Application.Id;
        await prompts.AddAsync(db, applicationId, PromptName, PromptText, "Retail-banking customer assistant (seed 002 demo).", cancellationToken);
        foreach (var document in Documents)
        {
            await knowledge.AddAsync(db, applicationId, document, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(apiKey))
        {
            // A secret never goes to the log: without a configured demo key the random one is simply not kept.
            LogDemoWithoutKey(logger, ApplicationName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assistant: created the demo application '{Name}'. Set Assistant:DemoApiKey to call it with a key of your choice, or create your own with `roundtable apps create NAME`.")]
    private static partial void LogDemoWithoutKey(ILogger logger, string name);
}
