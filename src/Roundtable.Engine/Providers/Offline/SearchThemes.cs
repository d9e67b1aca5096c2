namespace Roundtable.Engine.Providers.Offline;

/// <summary>The search specialist's themes: profile, service page, keywords, reviews, content, citations.</summary>
internal static class SearchThemes
{
    public static IReadOnlyList<VoiceTheme> All { get; } =
    [
        new()
        {
            Name = "profile",
            IsFoundation = true,
            Answers = "visib|local search|map|profile|in front of",
            Points =
            [
                "Local visibility starts with the Google Business Profile, and right now it should be working much harder for {focus}.",
                "The Google Business Profile is the first place to act: it should feature {service} prominently, carry recent photos and show accurate hours.",
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
            IsFoundation = true,
            Answers = "page|website|site",
            Points =
            [
                "The website needs one page that clearly owns {service} in {town}, because that is what Google looks for when ranking local results.",
                "{Business} needs a dedicated page for {service} rather than a single line on a general services page.",
                "A focused page for {service} in {town}, with its own title, headings and FAQ, gives Google a clear reason to rank the site for those searches.",
            ],
            Details =
            [
                "That page should answer the questions {customers} actually type, such as how quickly they can get help, what the process looks like and what to expect with {focus2}.",
                "A clear section on {cue}, with a photo or two, gives the page substance that thin competitor pages lack.",
                "Around 800 to 1,200 words, a handful of real photos, a clear call to book and a short FAQ is a solid structure for it.",
                "The title tag should read naturally, something like \"{pageTitle}\", rather than a string of stuffed keywords.",
                "Linking to that page from the homepage and from every related post tells search engines it is the most important page on the topic.",
            ],
        },
        new()
        {
            Name = "keywords",
            IsFoundation = true,
            Answers = "search terms|keywords?|phrases|searching",
            Points =
            [
                "The search terms that matter here are the ones people type in a hurry, with the town name or \"near me\" attached.",
                "On keywords, the high-intent phrases are local and specific, such as \"{query}\", and they deserve more attention than broad {industry} terms.",
                "Keyword research around {focus} usually turns up a handful of urgent, local phrases that convert far better than generic traffic.",
            ],
            Details =
            [
                "Those searches tend to spike right after the need appears, so the pages need to be live well ahead of {season}.",
                "Search Console will show which of those phrases already bring impressions, which is the fastest way to decide what to improve first.",
                "Long-tail questions, like how long the work takes or what happens with {focus2}, are easy wins for short FAQ answers.",
                "Think of {moment}: they will search on a phone, tap one of the first credible results and call within minutes.",
            ],
        },
        new()
        {
            Name = "reviews",
            Answers = "reviews?|rank",
            Points =
            [
                "Review volume and freshness are among the strongest local ranking signals, so {business} should treat review requests as part of the search plan.",
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
            Answers = "content|articles?|blog",
            Points =
            [
                "Helpful content is how {business} can rank for the questions people ask before they are ready to call.",
                "Content is the longer game, and short, practical articles about {focus} answer early questions and build topical authority.",
                "I would publish a small content series on {topic}, written for {customers} in {town} rather than generic articles anyone could write.",
            ],
            Details =
            [
                "One article a month, such as a checklist of what to do in the first {hours} after a problem appears, is enough to start.",
                "Project write-ups with {proof} and the neighborhood named work well, because they are genuinely local content.",
                "A short article on {cue} answers one of the questions people search for most in this situation.",
                "Each article should end with a clear next step, linking to the service page and the phone number.",
            ],
        },
        new()
        {
            Name = "citations",
            Answers = "director|citation|listing",
            Points =
            [
                "Consistency across online listings is an easy technical win, and it supports every other search effort.",
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
    ];
}
