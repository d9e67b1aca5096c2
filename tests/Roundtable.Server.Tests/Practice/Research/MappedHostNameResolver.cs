using System.Net;
using Roundtable.Server.Practice.Research;

namespace Roundtable.Server.Tests.Practice.Research;

/// <summary>Resolves the test's made-up host names (e.g. site.test) to loopback; every other name goes to real DNS.</summary>
internal sealed class MappedHostNameResolver(Dictionary<string, IPAddress> names) : IHostNameResolver
{
    private readonly DnsHostNameResolver dns = new();

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        names.TryGetValue(host, out var address) ? Task.FromResult(new[] { address }) : dns.ResolveAsync(host, cancellationToken);
}
