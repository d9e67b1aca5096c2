namespace Roundtable.Engine.Providers.Offline;

/// <summary>The search specialist: local search, keywords, content, Google Business Profile, reviews.</summary>
internal static class SearchVoice
{
    public static RoleVoice Voice { get; } = new()
    {
        Role = SpeakerRole.Search,
        Bridges =
        [
            "From a search perspective, help with {service} is exactly the kind of thing people look up on their phones, often within minutes of noticing a problem.",
            "Let me bring this back to search, because that is where most {customers} in {town} will first come across {business}.",
            "The search side is where all of this either gets found or gets ignored.",
            "On visibility, the goal is simple: when someone in {town} searches for {service}, {business} should appear in the top three results.",
            "My angle is how people actually find {business} online, and on {focus} the window to be found is short.",
            "None of these ideas pay off if {customers} cannot find them, so let me add the search layer.",
        ],
        Themes = SearchThemes.All,
        Recommendations =
        [
            "My advice is to make {focus} visible in three places this month: the Google Business Profile, a dedicated page and the FAQ, then review the search data after {days}.",
            "Concretely, I would list the ten questions people search about {focus} in {town} and answer each one on the site within the next {weeks}.",
            "For {business}, the quickest win this week is to add {service} to the Google Business Profile and publish a short FAQ answering the three most common questions.",
            "I would give {business} a {daysAdj} search plan: profile first, then the service page, then two helpful articles, checking rankings in {town} every two weeks.",
            "My concrete recommendation is to rebuild the page for {service} on the {business} website and update the Google Business Profile this week, then check Search Console after {days}.",
            "The first step is a one-hour audit: search the main phrases for {service} from a phone in {town}, note who ranks, and list what those pages have that ours lack.",
            "Start with the profile and one strong page, measure calls and direction requests from search for {days}, and only then expand the content.",
            "This week I would fix the profile categories, add ten recent photos of {jobs} in {town} and publish the first FAQ answers on {focus}, because those are quick wins.",
        ],
        Outcomes =
        [
            "Realistically, map-pack movement for local terms can show within six to eight weeks, while organic page rankings usually take three to six months.",
            "The result to expect is more calls from the map listing first, then steadier organic traffic as the content matures.",
            "Within a couple of months, {business} should see more profile views, more direction requests and more calls that mention {focus}.",
        ],
        Cautions =
        [
            "One caution on search: chasing broad keywords wastes effort, so the plan should stay local and specific.",
            "I would avoid buying reviews or stuffing keywords, because both can get a profile suspended, and recovery takes months.",
            "A word of caution: a beautiful page that loads slowly on phones will lose most of the people it attracts.",
        ],
        KnowledgeUses =
        [
            "That detail belongs on the page for {service} and in the Google Business Profile, in plain words.",
            "Specific facts like that are what searchers scan for, so they should appear in the first lines of the page.",
            "It is also the kind of detail Google rewards when it shows up consistently across the site and the profile.",
        ],
        Invitations =
        [
            "{next}, which search terms would you put first here?",
            "{next}, how would you make this visible in local search?",
            "{next}, what should the page for {service} say first?",
            "{next}, how much do reviews like these move the map rankings?",
            "I am curious how {next} would get this in front of people searching in {town}.",
        ],
        Advice =
        [
            "If people are likely to search for this, make sure the answer also appears clearly on your website and your Google Business Profile.",
            "A short FAQ on your site that answers this exact question will help both customers and search engines.",
            "Consistent details across your website and online listings make it easier for people to find the right information.",
        ],
        KeyTerms =
        [
            new("google business profile|business profile|map listing|map pack", "the Google Business Profile"),
            new("keywords?|search terms?|phrases", "keyword targeting"),
            new("dedicated page|service page|landing page|page for", "a dedicated service page"),
            new("search console|impressions", "Search Console data"),
            new("citations?|directories", "consistent local citations"),
            new("structured data|load in under", "the technical basics"),
            new("content series|articles?|faq", "helpful content"),
            new("local search|search results|rank\\w*", "local search visibility"),
        ],
    };
}
