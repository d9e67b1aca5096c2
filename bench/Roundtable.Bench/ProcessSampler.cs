using System.Globalization;

namespace Roundtable.Bench;

/// <summary>
/// Samples another process's memory and CPU from /proc (Linux): resident set, its peak (VmHWM),
/// threads, and CPU time, twice a second until stopped.
/// </summary>
internal sealed class ProcessSampler(int processId) : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(500);
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly CancellationTokenSource stop = new();
    private readonly List<double> residentMegabytes = [];
    private Task? loop;

    public double PeakWorkingSetMegabytes { get; private set; }

    public double MeanWorkingSetMegabytes => residentMegabytes.Count == 0 ? 0 : residentMegabytes.Average();

    public int PeakThreads { get; private set; }

    public double CpuSeconds { get; private set; }

    /// <summary>CPU seconds the whole machine spent (all processes) since <see cref="Start"/>.</summary>
    public double MachineCpuSeconds => machineBusyTicks.HasValue && machineBusyAtStart.HasValue ? (machineBusyTicks.Value - machineBusyAtStart.Value) / TicksPerSecond : 0;

    /// <summary>The server's CPU seconds at <see cref="Start"/>, to set against <see cref="MachineCpuSeconds"/>.</summary>
    public double CpuSecondsAtStart { get; private set; }

    private long? machineBusyAtStart;
    private long? machineBusyTicks;

    public void Start()
    {
        Sample();
        CpuSecondsAtStart = CpuSeconds;
        machineBusyAtStart = machineBusyTicks;
        loop = SampleUntilStoppedAsync();
    }

    /// <summary>Takes a last sample and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        Sample();
        await stop.CancelAsync();
        if (loop is not null)
        {
            await loop;
        }

        stop.Dispose();
    }

    private async Task SampleUntilStoppedAsync()
    {
        using var timer = new PeriodicTimer(Every);
        try
        {
            do
            {
                Sample();
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Sample()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    PeakWorkingSetMegabytes = Math.Max(PeakWorkingSetMegabytes, Kilobytes(line) / 1024);
                }
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    residentMegabytes.Add(Kilobytes(line) / 1024);
                }
                else if (line.StartsWith("Threads:", StringComparison.Ordinal))
                {
                    PeakThreads = Math.Max(PeakThreads, int.Parse(line["Threads:".Length..].Trim(), CultureInfo.InvariantCulture));
                }
            }

            // Fields after the command name "(...)": utime and stime are the 12th and 13th.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            CpuSeconds = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;

            // "cpu user nice system idle iowait irq softirq steal ...": busy is everything but idle and iowait.
            var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            machineBusyTicks = machine.Take(8).Sum() - machine[3] - machine[4];
        }
        catch (IOException)
        {
            // The process has exited; the last sample stands.
        }
    }

    private static double Kilobytes(string line) =>
        double.Parse(line.Split(':', 2)[1].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
}
