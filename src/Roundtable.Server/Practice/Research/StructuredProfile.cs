using Roundtable.Engine.Practice;
using Roundtable.Engine.Providers;

namespace Roundtable.Server.Practice.Research;

/// <summary>What the analyst model made of a site: a profile, or null when its answer was unusable, and who answered.</summary>
public sealed record StructuredProfile(CompanyProfile? Profile, MessageProducer? Producer)
{
    public bool IsOffline => Profile is null || Producer is null || Producer.IsOffline;
}
