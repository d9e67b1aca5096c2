namespace Roundtable.Bench;

/// <summary>Everything one run measured; written as JSON to bench/results.</summary>
internal sealed record ShowcaseBenchResult
{
    public required DateTimeOffset Date { get; init; }

    public required string Machine { get; init; }

    public required string Database { get; init; }

    public required BenchOptions Options { get; init; }

    public required double SeedSeconds { get; init; }

    public required double StartupSeconds { get; init; }

    public required double MeasuredSeconds { get; init; }

    /// <summary>Businesses whose clock the server started (all of them, unless its first pass did not finish).</summary>
    public required int CyclesStarted { get; init; }

    public required int ConversationsStarted { get; init; }

    public required int ConversationsCompleted { get; init; }

    public required int MessagesWritten { get; init; }

    public required int MessagesPublished { get; init; }

    /// <summary>Messages whose planned time was in the run (up to 2 s before its end), from the businesses' plans.</summary>
    public required int MessagesDue { get; init; }

    /// <summary>Of <see cref="MessagesDue"/>, those still unpublished when the run ended (late by more than 2 s, or their slot never started).</summary>
    public required int MessagesDueUnpublished { get; init; }

    /// <summary>Messages stored only at or after their planned time: generation was on the publishing path.</summary>
    public required int MessagesWrittenLate { get; init; }

    public required double PublishedPerSecond { get; init; }

    /// <summary>PublishedAt − PlannedAt over every published message (PublishedAt is stamped when the advance began).</summary>
    public required LatencyStats StampedLateness { get; init; }

    /// <summary>Arrival at a SignalR visitor − PlannedAt, for the sampled businesses.</summary>
    public required LatencyStats VisitorLateness { get; init; }

    /// <summary>Arrival at a SignalR visitor − PublishedAt: what the stamp leaves out (writing, the update, sending).</summary>
    public required LatencyStats StampToVisitor { get; init; }

    /// <summary>Messages published in each 5-second slice of the run, from when the server was healthy.</summary>
    public required IReadOnlyList<int> PublishedPerFiveSeconds { get; init; }

    /// <summary>p99 of PublishedAt − PlannedAt (ms) of the messages published in each 5-second slice.</summary>
    public required IReadOnlyList<double> P99LatenessPerFiveSeconds { get; init; }

    public required double PeakWorkingSetMegabytes { get; init; }

    public required double MeanWorkingSetMegabytes { get; init; }

    public required int PeakThreads { get; init; }

    /// <summary>Average cores the server used (CPU seconds / wall seconds; this machine has <see cref="Environment.ProcessorCount"/>).</summary>
    public required double ServerCores { get; init; }

    /// <summary>Cores that other processes on the machine (the bench, the database server, anything else) used meanwhile.</summary>
    public required double OtherCores { get; init; }

    /// <summary>Server CPU milliseconds per message written, while measured.</summary>
    public required double ServerCpuMillisecondsPerMessage { get; init; }

    public required long DatabaseBytes { get; init; }

    /// <summary>Database round trips per message written (counted from EF Core's log, so only with <c>--log-level Information</c>).</summary>
    public required double? DatabaseCommandsPerMessage { get; init; }

    public required int ServerWarnings { get; init; }

    public required int ServerErrors { get; init; }

    public required IReadOnlyList<string> ServerProblems { get; init; }
}
