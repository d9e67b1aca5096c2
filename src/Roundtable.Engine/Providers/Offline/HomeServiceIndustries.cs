namespace Roundtable.Engine.Providers.Offline;

/// <summary>Industry vocabularies for trades that work at the customer's home or vehicle.</summary>
internal static class HomeServiceIndustries
{
    public static IReadOnlyList<IndustryProfile> All { get; } =
    [
        new()
        {
            IsProjectWork = true,
            Keywords = ["roof", "gutter", "siding"],
            Customers = "homeowners", Customer = "homeowner", Job = "job", Jobs = "jobs",
            Services = ["roof inspections", "leak repairs", "shingle replacements", "full roof replacements"],
            Moments = ["a homeowner who notices a water stain on the ceiling after heavy rain", "a family who finds shingles in the yard after a windstorm",
                "a landlord who needs a leak fixed before the tenants complain"],
            Seasons = ["the spring storm season", "the first winter storms", "the fall maintenance rush"],
            Proof = ["before-and-after photos of finished roofs", "drone shots of completed jobs", "short videos from real repairs"],
            Partners = ["real estate agents, property managers and insurance agents", "home inspectors and property managers"],
            Offers = ["a free roof inspection", "a free post-storm assessment", "a complimentary gutter check with any repair"],
            LocalSignals = ["yard signs at finished jobs", "branded trucks at job sites"],
        },
        new()
        {
            IsProjectWork = true,
            Keywords = ["plumb", "drain", "water heater", "sewer"],
            Customers = "homeowners", Customer = "homeowner", Job = "job", Jobs = "jobs",
            Services = ["leak repairs", "drain cleaning", "water heater replacements", "emergency plumbing"],
            Moments = ["a homeowner with water spreading across the kitchen floor", "a family whose water heater fails on a cold morning",
                "a restaurant owner with a blocked drain an hour before service"],
            Seasons = ["the first hard freeze", "the holiday season", "the winter months"],
            Proof = ["before-and-after photos of finished installations", "short videos explaining common fixes"],
            Partners = ["real estate agents, property managers and home inspectors", "property managers and remodeling contractors"],
            Offers = ["a free water heater check", "a discounted drain inspection"],
            LocalSignals = ["branded vans at job sites", "door hangers after each job"],
        },
        new()
        {
            IsProjectWork = true,
            Keywords = ["hvac", "heating", "cooling", "air condition", "furnace", "heat pump"],
            Customers = "homeowners", Customer = "homeowner", Job = "job", Jobs = "jobs",
            Services = ["furnace repairs", "air conditioning tune-ups", "heat pump installations", "maintenance plans"],
            Moments = ["a family whose air conditioning stops during a heatwave", "a homeowner whose furnace fails on the first cold night"],
            Seasons = ["the first heatwave of summer", "the start of the heating season", "the spring tune-up season"],
            Proof = ["before-and-after photos of new installations", "short videos of seasonal tune-ups"],
            Partners = ["real estate agents, property managers and home builders", "property managers and energy advisers"],
            Offers = ["a discounted seasonal tune-up", "a free system check"],
            LocalSignals = ["branded vans at job sites", "yard signs at new installations"],
        },
        new()
        {
            IsProjectWork = true,
            Keywords = ["electric"],
            Customers = "homeowners", Customer = "homeowner", Job = "job", Jobs = "jobs",
            Services = ["panel upgrades", "EV charger installations", "lighting upgrades", "electrical safety inspections"],
            Moments = ["a homeowner whose breaker keeps tripping", "a family buying an electric car that needs a home charger"],
            Seasons = ["the holiday lighting season", "the spring renovation season"],
            Proof = ["before-and-after photos of panel upgrades", "short videos of finished installations"],
            Partners = ["real estate agents, general contractors and solar installers", "property managers and home builders"],
            Offers = ["a free electrical safety check", "a discounted EV charger assessment"],
            LocalSignals = ["branded vans at job sites", "yard signs at finished projects"],
        },
        new()
        {
            IsProjectWork = true,
            Keywords = ["landscap", "lawn", "garden", " tree", "snow removal"],
            Customers = "homeowners", Customer = "homeowner", Job = "project", Jobs = "projects",
            Services = ["lawn care plans", "garden design", "tree trimming", "seasonal clean-ups"],
            Moments = ["a homeowner preparing the garden for a family event", "a couple who just bought a house with an overgrown yard"],
            Seasons = ["early spring", "the fall clean-up season", "the weeks before summer"],
            Proof = ["before-and-after photos of finished gardens", "short seasonal videos of real yards"],
            Partners = ["real estate agents, property managers and garden centers", "home builders and property managers"],
            Offers = ["a free garden consultation", "a discounted first clean-up"],
            LocalSignals = ["yard signs at finished projects", "branded trucks at job sites"],
        },
        new()
        {
            IsProjectWork = true,
            Keywords = ["clean", "janitor", "maid"],
            Customers = "clients", Customer = "client", Job = "job", Jobs = "jobs",
            Services = ["deep cleans", "regular cleaning plans", "move-out cleaning", "office cleaning"],
            Moments = ["a family preparing their home for guests at short notice", "an office manager whose cleaner cancelled the day before an inspection"],
            Seasons = ["spring cleaning season", "the holiday season", "the end-of-lease rush"],
            Proof = ["before-and-after photos of finished rooms", "short videos of the team at work"],
            Partners = ["real estate agents, property managers and moving companies", "letting agents and office managers"],
            Offers = ["a discounted first clean", "a free add-on room with a deep clean"],
            LocalSignals = ["branded cars parked at client homes", "door hangers in the neighborhood"],
        },
        new()
        {
            IsProjectWork = true,
            Keywords = ["remodel", "renovat", "construct", "contractor", "builder", "kitchen", "bath", "painting", "flooring"],
            Customers = "homeowners", Customer = "homeowner", Job = "project", Jobs = "projects",
            Services = ["kitchen remodels", "bathroom renovations", "home additions", "interior updates"],
            Moments = ["a couple planning a kitchen remodel before the holidays", "a homeowner who received three very different quotes"],
            Seasons = ["the spring planning season", "the months before the holidays"],
            Proof = ["before-and-after photos of finished projects", "short walk-through videos of completed rooms"],
            Partners = ["real estate agents, interior designers and architects", "designers and property managers"],
            Offers = ["a free design consultation", "a complimentary project estimate"],
            LocalSignals = ["yard signs at active projects", "branded trucks at job sites"],
        },
        new()
        {
            IsProjectWork = true,
            Keywords = [" auto ", "automotive", " car ", " cars", "mechanic", "tire", "tyre", "collision", "vehicle", "garage"],
            Customers = "drivers", Customer = "driver", Job = "repair", Jobs = "repairs",
            Services = ["brake repairs", "routine servicing", "tire replacements", "diagnostics"],
            Moments = ["a commuter whose warning light comes on the night before a long drive", "a parent who needs the family car back the same day"],
            Seasons = ["the run-up to winter", "the summer road-trip season"],
            Proof = ["photos of worn parts next to the new ones", "short videos explaining each repair"],
            Partners = ["car dealers, insurers and local employers", "driving schools and fleet managers"],
            Offers = ["a free safety check", "a discounted seasonal service"],
            LocalSignals = ["branded courtesy cars around town", "window stickers on serviced cars"],
        },
    ];
}
