using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Practice.Research;

/// <summary>
/// The research client's connect step: it resolves the host itself, drops addresses research may
/// not reach, and connects to a vetted address. Checking the address actually connected to, not
/// the one a first lookup returned, is what defeats DNS rebinding.
/// </summary>
public sealed class VettedConnector(IHostNameResolver resolver, IOptions<ResearchOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveAsync(host, cancellationToken);
        var vetted = addresses.Where(address => Refusal(host, address, options.Value) is null).ToList();
        if (vetted.Count == 0)
            throw new CompanyFetchException(CompanyFetchFailure.Blocked, Refusal(host, addresses[0], options.Value)!);
        return await ConnectToFirstAsync(vetted, context.DnsEndPoint.Port, host, cancellationToken);
    }

    /// <summary>Null when research may connect to <paramref name="address"/> for <paramref name="host"/>; otherwise why not.</summary>
    public static string? Refusal(string host, IPAddress address, ResearchOptions options)
    {
        if (options.AllowPrivateNetworks || options.AllowedPrivateHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            return null;
        return NetworkAddressPolicy.NonPublicKind(address) is { } kind
            ? $"'{host}' is {address}, {kind}; research only reaches public web sites."
            : null;
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
            return [literal];
        try
        {
            var addresses = await resolver.ResolveAsync(host, cancellationToken);
            return addresses.Length > 0 ? addresses : throw NotFound(host);
        }
        catch (SocketException e)
        {
            throw NotFound(host, e);
        }
    }

    private static async Task<Stream> ConnectToFirstAsync(List<IPAddress> addresses, int port, string host, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new CompanyFetchException(CompanyFetchFailure.Unreachable, $"'{host}' did not accept a connection: {last?.Message}", last);
    }

    private static CompanyFetchException NotFound(string host, Exception? inner = null) =>
        new(CompanyFetchFailure.Unreachable, $"The host '{host}' could not be found.", inner);
}
