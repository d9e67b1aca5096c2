using System.Runtime.InteropServices;

namespace Roundtable.Bench;

/// <summary>What a result records of the machine it ran on, so that figures from different machines or loads are not compared blindly.</summary>
internal static class BenchMachine
{
    public static string Description =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, "
        + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";

    /// <summary>The 1, 5 and 15 minute load averages: other work on the same cores shows here.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
