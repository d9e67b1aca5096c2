namespace Roundtable.Engine.Providers.Offline;

/// <summary>The search specialist: local search, keywords, content, Google Business Profile, reviews.</summary>
internal static class SearchVoice
{
    public static RoleVoice Voice { get; } = new()
    {
        Role = SpeakerRole.Search,
        Bridges =
        [
            "From a search perspective, {focus} is exactly the kind of need people look up on their phones, often within minutes of noticing a problem.",
            "Let me bring this back to search, because that is where most {customers} in {town} will first come across {business}.",
            "The search side is where all of this either gets found or gets ignored.",
            "On visibility, the goal is simple: when someone in {town} searches for {service}, {business} should appear in the top three results.",
            "My angle is how people actually find {business} online, and on {focus} the window to be found is short.",
            "None of these ideas pay off if {customers} cannot find them, so let me add the search layer.",
        ],
        Themes =
        [
            new()
            {
                Name = "profile",
                Points =
                [
                    "The Google Business Profile is the first place to act: it should list {service} as a service, carry recent photos and show accurate hours.",
                    "I would treat the Google Business Profile as a second homepage, with {focus} named in the services, in the description and in at least one post a week.",
                ],
                Details =
                [
                    "Weekly posts with photos from real {jobs} in {town} signal activity to Google and show searchers that the business is busy and local.",
                    "Adding the most common questions about {focus} to the profile, with short clear answers, catches searchers before they click through to a competitor.",
                    "Choosing the right primary category and adding secondary ones for {services} is a ten-minute task that decides which searches the profile can appear in.",
                ],
            },
            new()
            {
                Name = "service page",
                Points =
                [
                    "Next, {business} needs a dedicated page for {service} rather than a single line on a general services page.",
                    "A focused page for {service} in {town}, with its own title, headings and FAQ, gives Google a clear reason to rank the site for those searches.",
                ],
                Details =
                [
                    "That page should answer the questions {customers} actually type, such as how quickly someone can come out, what the process looks like and where {focus2} fits in.",
                    "Around 800 to 1,200 words, a handful of real photos, a clear call to book and a short FAQ is a solid structure for it.",
                    "The title tag should read naturally, something like \"{pageTitle}\", rather than a string of stuffed keywords.",
                    "Linking to that page from the homepage and from every related post tells search engines it is the most important page on the topic.",
                ],
            },
            new()
            {
                Name = "keywords",
                Points =
                [
                    "On keywords, the high-intent phrases are local and specific, such as \"{query}\", and they deserve more attention than broad {industry} terms.",
                    "Keyword research around {focus} usually turns up a handful of urgent, local phrases that convert far better than generic traffic.",
                ],
                Details =
                [
                    "Those searches tend to spike right after the need appears, so the pages have to be ready before {season}, not during it.",
                    "Search Console will show which of those phrases already bring impressions, which is the fastest way to decide what to improve first.",
                    "Long-tail questions, like how long the work takes or what happens with {focus2}, are easy wins for short FAQ answers.",
                    "Think of {moment}: they will search on a phone, tap one of the first credible results and call within minutes.",
                ],
            },
            new()
            {
                Name = "reviews",
                Points =
                [
                    "Reviews matter for ranking as much as for trust, because their number, freshness and wording all feed into local search results.",
                    "I would make reviews part of the search plan, since a steady flow of recent reviews that mention {service} helps the map listing climb.",
                ],
                Details =
                [
                    "A target of {reviewTarget} is realistic if the request goes out the day the {job} is finished, with a direct link.",
                    "When {customers} describe the service and the town in their own words, that language reinforces relevance for exactly the searches we want.",
                    "Replying to every review with a natural mention of the work done adds fresh, relevant text to the listing.",
                ],
            },
            new()
            {
                Name = "content",
                Points =
                [
                    "Content is the longer game, and short, practical articles about {focus} answer early questions and build topical authority.",
                    "I would publish a small content series on {topic}, written for {customers} in {town} rather than generic articles anyone could write.",
                ],
                Details =
                [
                    "One article a month, such as a checklist of what to do in the first {hours} after a problem appears, is enough to start.",
                    "Project write-ups with {proof} and the neighbourhood named work well, because they are genuinely local content.",
                    "Each article should end with a clear next step, linking to the service page and the phone number.",
                ],
            },
            new()
            {
                Name = "citations",
                Points =
                [
                    "Local citations are a quieter factor: the business name, address and phone number should match exactly across Google, Bing, Apple Maps, Yelp and industry directories.",
                    "The technical basics count as well, because most of these searches happen on phones and a slow page loses the visitor before it loads.",
                ],
                Details =
                [
                    "A quick audit of the top 20 directories usually turns up a few outdated listings, and fixing them takes an afternoon.",
                    "Pages should load in under three seconds on mobile, with a tappable phone number at the top of the screen.",
                    "Adding LocalBusiness structured data, including the service area and opening hours, helps search engines understand exactly where {business} works.",
                ],
            },
        ],
        Recommendations =
        [
            "My concrete recommendation is to rebuild the page for {service} and update the Google Business Profile this week, then check Search Console after {days}.",
            "The first step is a one-hour audit: search the main phrases for {service} from a phone in {town}, note who ranks, and list what those pages have that ours lack.",
            "Start with the profile and one strong page, measure calls and direction requests from search for {days}, and only then expand the content.",
            "This week I would fix the profile categories, add ten recent photos and publish the first FAQ answers on {focus}, because those are quick wins.",
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
