using Roundtable.Engine.Practice;
using Roundtable.Engine.Providers;

namespace Roundtable.Server.Practice.Research;

/// <summary>
/// A company profile researched from its web site. <see cref="IsOffline"/> is true when no language
/// model structured it (the offline model answered, or the answer was unusable) and the profile was
/// filled from the parsed pages by rules.
/// </summary>
public sealed record CompanyResearch(CompanyProfile Profile, MessageProducer? Producer, bool IsOffline, IReadOnlyList<Uri> PagesRead);
