namespace Roundtable.Engine.Practice;

/// <summary>
/// First names that are also ordinary English words ("Will this integrate?", "May I ask…",
/// "Grant access to…"). Such a name addresses someone only where a name clearly stands: set off
/// by a comma, or capitalised in the middle of a sentence (months excepted).
/// </summary>
internal static class CommonWordNames
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "mark", "bill", "grant", "may", "june", "april", "august", "joy", "hope", "faith", "grace", "rose",
        "summer", "sky", "frank", "art", "chase", "drew", "jack", "max", "pat", "sue", "rich", "guy", "dean", "gene",
        "ray", "rob", "don", "chip", "page", "reed", "hunter", "miles", "lane", "dale", "glen", "cliff", "penny",
        "amber", "ruby", "crystal", "dawn", "eve", "ivy", "holly", "lily", "iris", "sunny", "price", "cash", "sterling",
        "bob", "carol", "angel", "earl", "wade", "brook", "river", "storm", "autumn", "destiny", "harmony", "paris",
        "jordan", "sandy", "rusty", "buck", "nick", "pete", "gus", "terry", "kitty", "misty", "sage", "clay", "heath",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase) { "may", "june", "april", "august" };

    public static bool Contains(string name) => Words.Contains(name);

    public static bool IsMonth(string name) => Months.Contains(name);
}
