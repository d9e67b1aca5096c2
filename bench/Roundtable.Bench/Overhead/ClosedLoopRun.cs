namespace Roundtable.Bench.Overhead;

/// <summary>
/// One measured closed-loop level as counted while its clock ran: the turns, and what the server, the
/// bench, the machine and the model did meanwhile.
/// </summary>
internal sealed record ClosedLoopRun<TReply>
{
    public required IReadOnlyList<ClosedLoopSample<TReply>> Samples { get; init; }

    public required int Failed { get; init; }

    public required IReadOnlyList<string> Problems { get; init; }

    public required double Seconds { get; init; }

    /// <summary>Sessions used, including those created inside the timed loop.</summary>
    public required int Sessions { get; init; }

    /// <summary>Sessions created inside the timed loop because uneven sharing of the turns outran the prepared ones.</summary>
    public required int LateSessions { get; init; }

    public required int ModelRequests { get; init; }

    /// <summary>The server's database round trips; zero unless it logs EF Core's commands at Information.</summary>
    public required int DatabaseCommands { get; init; }

    public required double ServerCpuSeconds { get; init; }

    public required double BenchCpuSeconds { get; init; }

    public required double MachineCpuSeconds { get; init; }
}
