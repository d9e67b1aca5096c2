using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

/// <summary>A small fixed knowledge base of a retail bank, with questions a customer would ask and the document that answers each.</summary>
internal static class RetailBankingCorpus
{
    public const string TenantId = "northgate-bank";

    public static IReadOnlyList<KnowledgeDocument> Documents(string tenantId = TenantId) =>
    [
        new("savings-accounts", tenantId, "Savings Accounts",
            "Our Easy Access Saver pays a variable 3.10% AER and lets you withdraw money whenever you like without losing interest. " +
            "The One Year Fixed Saver pays 4.25% AER, but no withdrawals are allowed until the term ends.\n\n" +
            "You can open a savings account with as little as £1. Interest is calculated daily and paid monthly into the account. " +
            "Savings up to £85,000 are protected by the Financial Services Compensation Scheme."),
        new("credit-cards", tenantId, "Credit Cards",
            "The Everyday Credit Card has no annual fee and a representative APR of 22.9% variable. " +
            "The Rewards Credit Card earns 1% cashback on every purchase and costs £3 a month.\n\n" +
            "Pay at least the minimum payment each month to avoid a late payment charge of £12. " +
            "Balance transfers from another card are interest-free for the first 18 months, with a 3% transfer fee."),
        new("mortgages", tenantId, "Mortgages",
            "We offer two-year and five-year fixed rate mortgages as well as tracker mortgages that follow the Bank of England base rate. " +
            "You will need a deposit of at least 10% of the property price.\n\n" +
            "You can overpay up to 10% of the outstanding balance each year without an early repayment charge. " +
            "An agreement in principle takes about fifteen minutes online and does not affect your credit score. " +
            "Existing homeowners can remortgage to us when their current deal ends."),
        new("overdrafts", tenantId, "Overdrafts",
            "An arranged overdraft lets you borrow money through your current account up to an agreed limit. " +
            "Overdraft interest is charged at 39.9% EAR variable on the amount you are overdrawn; there is no fee for the first £50.\n\n" +
            "If you spend beyond your arranged limit we will usually decline the payment rather than let you go into an unarranged overdraft. " +
            "You can apply for an overdraft, or change your limit, in the mobile app."),
        new("fraud-and-security", tenantId, "Fraud and Security",
            "If you notice a suspicious transaction or think someone has used your card, call our fraud team on 0800 123 4567, open 24 hours a day. " +
            "If your card is lost or stolen, freeze it straight away in the app and order a replacement.\n\n" +
            "We will never ask for your PIN, your full password or a one-time passcode by phone, email or text message. " +
            "Unauthorised payments reported promptly are refunded in full."),
        new("international-payments", tenantId, "International Payments",
            "You can send money abroad in more than 30 currencies from online banking or the app. " +
            "Payments in euros to countries in the SEPA area, such as Spain, France or Germany, cost £2 and usually arrive the next working day.\n\n" +
            "SWIFT payments to other countries cost £15 and take two to four working days. " +
            "You will need the recipient's IBAN and BIC, and our exchange rate is shown before you confirm. " +
            "The daily limit for payments abroad is £25,000."),
        new("branch-opening-hours", tenantId, "Branch Opening Hours",
            "Our branches are open Monday to Friday from 9:00 to 17:00 and on Saturday from 9:00 to 13:00. " +
            "Branches are closed on Sundays and bank holidays.\n\n" +
            "Telephone banking is available from 8am to 8pm every day, and you can find the nearest branch and its hours with the branch finder on our website."),
        new("mobile-banking-app", tenantId, "Mobile Banking App",
            "Download the Northgate app from the App Store or Google Play and register with your debit card and a text message code. " +
            "You can log in with your fingerprint or Face ID instead of a passcode.\n\n" +
            "To deposit a cheque, take a photo of it in the app; the money is usually available the next working day. " +
            "The app also sends instant notifications for every payment and shows spending insights by category."),
        new("current-accounts", tenantId, "Current Accounts",
            "The Northgate Current Account has no monthly fee and comes with a contactless debit card. " +
            "You can set up direct debits and standing orders to pay bills automatically.\n\n" +
            "Switching your current account to us with the Current Account Switch Service takes seven working days, " +
            "and all your payments are moved for you."),
        new("personal-loans", tenantId, "Personal Loans",
            "You can borrow from £1,000 to £25,000 with a personal loan and repay it over one to seven years. " +
            "The representative APR is 6.9% for loans between £7,500 and £15,000.\n\n" +
            "Most applicants get a decision in minutes and the money in their account the same day. " +
            "You can repay your loan early at any time, paying at most 58 days' interest."),
        new("opening-an-account", tenantId, "Opening an Account",
            "To open an account you must be 18 or over and live in the UK. " +
            "You will need photo identification, such as a passport or driving licence, and proof of address dated within the last three months, such as a utility bill.\n\n" +
            "Most applications are completed online in about ten minutes; you can also open an account in any branch."),
    ];

    /// <summary>Questions and the id of the document that answers each.</summary>
    public static TheoryData<string, string> Questions() => new()
    {
        { "What interest rate do I get on my savings?", "savings-accounts" },
        { "How do I report a suspicious transaction?", "fraud-and-security" },
        { "Can I overpay my mortgage without a penalty?", "mortgages" },
        { "What time do branches open on Saturday?", "branch-opening-hours" },
        { "How much does it cost to send money to Spain?", "international-payments" },
        { "Is there a fee for going overdrawn?", "overdrafts" },
        { "How do I deposit a cheque with my phone?", "mobile-banking-app" },
        { "What documents do I need to open an account?", "opening-an-account" },
        { "Does the rewards card give cashback?", "credit-cards" },
        { "How long does it take to switch my current account?", "current-accounts" },
        { "How much can I borrow with a personal loan?", "personal-loans" },
        { "I lost my card, how do I freeze it?", "fraud-and-security" },
        { "Can I log in with my fingerprint?", "mobile-banking-app" },
        { "How big a deposit do I need to buy a house?", "mortgages" },
    };

    public static async Task<KnowledgeRetriever> LoadAsync(KnowledgeRetriever retriever, string tenantId = TenantId)
    {
        foreach (var document in Documents(tenantId))
        {
            await retriever.AddAsync(document);
        }

        return retriever;
    }
}
