namespace Roundtable.Engine.Providers.Offline;

/// <summary>The kind of expert an offline speaker writes as; it decides vocabulary and themes.</summary>
internal enum SpeakerRole
{
    /// <summary>Any other persona: the voice is built from the persona's own focus areas.</summary>
    General,

    /// <summary>Strategy, operations, pricing and growth.</summary>
    Strategy,

    /// <summary>Local search, keywords, content, Google Business Profile.</summary>
    Search,

    /// <summary>Customer experience, response times, reviews, trust and follow-up.</summary>
    Service,

    /// <summary>Brand, campaigns, social media, lead generation.</summary>
    Marketing,
}
