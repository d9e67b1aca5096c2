using System.Net;

namespace Roundtable.Server.Practice.Research;

/// <summary>Resolves a host name to addresses. Production uses DNS; tests map names to loopback without a DNS server.</summary>
public interface IHostNameResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
