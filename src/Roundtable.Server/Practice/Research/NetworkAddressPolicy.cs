using System.Net;
using System.Net.Sockets;

namespace Roundtable.Server.Practice.Research;

/// <summary>
/// Which addresses research may connect to: public unicast only, unless private networks are
/// allowed. IPv6 forms that carry an IPv4 address (mapped, translated, compatible, NAT64, 6to4) are judged by that address;
/// Teredo and the local-use NAT64 prefix are refused outright.
/// </summary>
public static class NetworkAddressPolicy
{
    private static readonly (IPNetwork Network, string Name)[] NonPublic =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "a 'this network' address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private network address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (cloud metadata lives here)"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private network address"),
        (IPNetwork.Parse("192.0.0.0/24"), "a protocol assignment address"),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address"),
        (IPNetwork.Parse("192.88.99.0/24"), "a 6to4 relay address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private network address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address"),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("100::/64"), "a discard address"),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address"),
        // Teredo tunnels carry an obfuscated IPv4 address that could point anywhere; refuse them outright.
        (IPNetwork.Parse("2001::/32"), "a Teredo tunnel address"),
        // The local-use NAT64 prefix is the operator's choice of translation; treat it as private.
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local NAT64 address"),
        (IPNetwork.Parse("fc00::/7"), "a unique-local address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");

    // IPv4-translated addresses (SIIT, ::ffff:0:a.b.c.d).
    private static readonly IPNetwork Translated = IPNetwork.Parse("::ffff:0:0:0/96");

    /// <summary>Null when the address is public; otherwise what kind of address it is, for the refusal message.</summary>
    public static string? NonPublicKind(IPAddress address)
    {
        var effective = EmbeddedIPv4(address) ?? address;
        foreach (var (network, name) in NonPublic)
        {
            if (network.BaseAddress.AddressFamily == effective.AddressFamily && network.Contains(effective))
                return name;
        }
        return null;
    }

    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return null;
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || Translated.Contains(address) || (Compatible.Contains(address) && !IPAddress.IPv6Any.Equals(address) && !IPAddress.IPv6Loopback.Equals(address)))
            return new IPAddress(bytes.AsSpan(12, 4));
        if (SixToFour.Contains(address))
            return new IPAddress(bytes.AsSpan(2, 4));
        return null;
    }
}
