namespace Roundtable.Engine.Providers.Offline;

/// <summary>Industry vocabularies for practices, shops, hospitality and professional services.</summary>
internal static class ProfessionalIndustries
{
    public static IReadOnlyList<IndustryProfile> All { get; } =
    [
        new()
        {
            Keywords = ["dental", "dentist", "orthodont"],
            Customers = "patients", Customer = "patient", Job = "appointment", Jobs = "appointments",
            Services = ["check-ups", "teeth whitening", "emergency dental care", "orthodontic consultations"],
            Moments = ["a patient with a sudden toothache on a Friday afternoon", "a parent looking for a gentle dentist for a nervous child"],
            Seasons = ["the back-to-school period", "the end of the insurance year"],
            Proof = ["patient stories shared with permission", "short videos introducing the team"],
            Partners = ["local schools, employers and pediatricians", "pharmacies and family doctors"],
            Offers = ["a free consultation", "a new-patient check-up offer"],
            LocalSignals = ["school and sports-club sponsorships", "free talks at local schools"],
        },
        new()
        {
            Keywords = ["clinic", "medical", "health", "physio", "chiropract", "therap", "wellness"],
            Customers = "patients", Customer = "patient", Job = "appointment", Jobs = "appointments",
            Services = ["initial assessments", "treatment plans", "follow-up sessions"],
            Moments = ["a patient in pain who wants to be seen this week", "an office worker with back pain that keeps coming back"],
            Seasons = ["the new-year health push", "the fall sports season"],
            Proof = ["patient stories shared with permission", "short videos explaining common treatments"],
            Partners = ["family doctors, gyms and local employers", "sports clubs and pharmacies"],
            Offers = ["a free initial assessment", "a discounted first session"],
            LocalSignals = ["sponsorships of local sports clubs", "free workshops at community centers"],
        },
        new()
        {
            Keywords = [" law", "legal", "attorney", "lawyer", "solicitor"],
            Customers = "clients", Customer = "client", Job = "case", Jobs = "cases",
            Services = ["initial consultations", "contract reviews", "estate planning", "dispute resolution"],
            Moments = ["a small-business owner who has just received a demand letter", "a family trying to sort out an estate after a loss"],
            Seasons = ["the start of the year", "the end of the tax year"],
            Proof = ["plain-language case summaries", "short explainer videos"],
            Partners = ["accountants, financial planners and real estate agents", "business associations and accountants"],
            Offers = ["a free first consultation", "a fixed-fee document review"],
            LocalSignals = ["talks at local business associations", "free legal clinics in the community"],
        },
        new()
        {
            Keywords = ["restaurant", "cafe", "café", "coffee", "bakery", "food", "catering", "pizza", "bistro", " bar ", " bars "],
            Customers = "guests", Customer = "guest", Job = "visit", Jobs = "visits",
            Services = ["private dining", "catering", "weekday lunches", "online ordering"],
            Moments = ["a couple looking for somewhere special for an anniversary dinner", "an office manager ordering lunch for twenty people"],
            Seasons = ["the holiday party season", "the summer patio season", "Valentine's week"],
            Proof = ["photos of real dishes and the dining room", "short videos from the kitchen"],
            Partners = ["local hotels, event planners and offices", "nearby theatres and event venues"],
            Offers = ["a set menu for early diners", "a free dessert for first-time guests"],
            LocalSignals = ["sidewalk boards and window displays", "stalls at local food festivals"],
        },
        new()
        {
            Keywords = ["salon", " spa", "beauty", "barber", "nail", "hair", "aesthetic"],
            Customers = "clients", Customer = "client", Job = "appointment", Jobs = "appointments",
            Services = ["cuts and color", "treatments", "bridal packages", "gift vouchers"],
            Moments = ["a bride-to-be booking trials three months ahead", "a client who needs a last-minute appointment before an event"],
            Seasons = ["the wedding season", "the holiday party season", "the run-up to Mother's Day"],
            Proof = ["before-and-after photos shared with permission", "short videos of real transformations"],
            Partners = ["wedding planners, photographers and boutiques", "local gyms and boutiques"],
            Offers = ["a first-visit discount", "a free consultation"],
            LocalSignals = ["window displays and street signage", "pop-ups at local events"],
        },
        new()
        {
            Keywords = ["fitness", "gym", "yoga", "pilates", "personal train", "crossfit", "martial"],
            Customers = "members", Customer = "member", Job = "session", Jobs = "sessions",
            Services = ["personal training", "group classes", "introductory memberships"],
            Moments = ["a beginner who has put off joining a gym for years", "a runner recovering from an injury"],
            Seasons = ["the new-year resolution rush", "the weeks before summer"],
            Proof = ["member success stories shared with permission", "short class videos"],
            Partners = ["physiotherapists, local employers and sports clubs", "nutritionists and physiotherapists"],
            Offers = ["a free trial week", "a discounted first month"],
            LocalSignals = ["free outdoor classes in local parks", "sponsorships of local races"],
        },
        new()
        {
            Keywords = ["real estate", "realty", "realtor", "property", "estate agent", "mortgage"],
            Customers = "clients", Customer = "client", Job = "transaction", Jobs = "transactions",
            Services = ["home valuations", "buyer consultations", "listing services"],
            Moments = ["a family relocating for work with six weeks to find a home", "a first-time buyer unsure where to start"],
            Seasons = ["the spring market", "the back-to-school moving season"],
            Proof = ["short neighborhood videos", "photos and stories from recent sales"],
            Partners = ["mortgage brokers, home inspectors and contractors", "relocation firms and local employers"],
            Offers = ["a free home valuation", "a free buyer consultation"],
            LocalSignals = ["open-house signs", "neighborhood market reports"],
        },
        new()
        {
            Keywords = ["retail", " store", " shop", "boutique", "commerce", "florist", "jewel"],
            Customers = "shoppers", Customer = "shopper", Job = "order", Jobs = "orders",
            Services = ["in-store events", "online orders", "gift services", "personal shopping"],
            Moments = ["a shopper looking for a last-minute gift", "a regular customer who wants to know when new stock arrives"],
            Seasons = ["the holiday shopping season", "the back-to-school period", "the spring collection launch"],
            Proof = ["photos of new arrivals in the shop", "short videos of products in use"],
            Partners = ["neighboring shops, event organizers and local influencers", "local cafes and community groups"],
            Offers = ["a loyalty reward", "free gift wrapping"],
            LocalSignals = ["window displays", "stalls at local markets"],
        },
        new()
        {
            Keywords = ["bank", "credit union", "financ", "accounting", "accountant", "tax", "insurance", "wealth", "bookkeep"],
            Customers = "clients", Customer = "client", Job = "engagement", Jobs = "engagements",
            Services = ["financial reviews", "account support", "planning consultations"],
            Moments = ["a small-business owner facing a tax deadline next week", "a young family opening their first savings account"],
            Seasons = ["tax season", "the end of the financial year"],
            Proof = ["plain-language client stories", "short explainer videos"],
            Partners = ["lawyers, real estate agents and business associations", "local employers and chambers of commerce"],
            Offers = ["a free initial review", "a complimentary planning session"],
            LocalSignals = ["free workshops at local libraries", "sponsorships of community events"],
        },
        new()
        {
            Keywords = ["software", "saas", "technology", "it services", "digital", " app", " apps", " tech"],
            Customers = "customers", Customer = "customer", Job = "deployment", Jobs = "deployments",
            Services = ["onboarding", "product demos", "support plans", "integrations"],
            Moments = ["an operations manager evaluating three tools before a budget deadline", "a new customer stuck on day one of onboarding"],
            Seasons = ["budget planning season", "the start of the new quarter"],
            Proof = ["short customer case studies", "product walk-through videos"],
            Partners = ["consultants, resellers and integration partners", "industry associations and consultants"],
            Offers = ["a free trial", "a guided demo"],
            LocalSignals = ["talks at local meetups", "sponsorships of industry events"],
        },
    ];
}
