namespace Roundtable.Bench.Overhead;

/// <summary>One measured turn that succeeded: its id, its client latency and what was kept of its reply.</summary>
internal sealed record ClosedLoopSample<TReply>(long Turn, double Milliseconds, TReply Reply);
