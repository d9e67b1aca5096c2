using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Roundtable.Bench;

/// <summary>
/// The real server, built in the bench's configuration, as its own process on a loopback port: the
/// binary, GC mode and environment a deployment runs, and its memory and CPU apart from the bench's.
/// </summary>
internal sealed class BenchServer : IDisposable
{
    private const int KeptProblems = 20;

    private static readonly string[] ProviderVariables =
        ["OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "PERPLEXITY_API_KEY", "PERPLEXITY_BASE_URL", "GOOGLE_API_KEY", "GEMINI_API_KEY", "GEMINI_BASE_URL"];

    private readonly Process process;
    private readonly ConcurrentQueue<string> problems = new();
    private int warnings;
    private int errors;
    private int databaseCommands;
    private bool disposed;

    private BenchServer(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    public int Warnings => warnings;

    public int Errors => errors;

    /// <summary>EF Core "Executed DbCommand" log lines: every database round trip, when the log level is Information.</summary>
    public int DatabaseCommands => databaseCommands;

    /// <summary>The first warning and error lines with the line after each (the message), for the report.</summary>
    public IReadOnlyList<string> Problems => [.. problems];

    public static BenchServer Start(IReadOnlyDictionary<string, string> environment)
    {
        var directory = ServerDirectory();
        var dll = Path.Combine(directory, "Roundtable.Server.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The server is not built at {dll}.");
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.GetLeftPart(UriPartial.Authority));
        foreach (var name in ProviderVariables)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new BenchServer(process, address);
        string? previous = null;
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            if (previous is not null && server.problems.Count < KeptProblems)
            {
                server.problems.Enqueue($"{previous.Trim()} {line.Trim()}");
            }

            previous = null;
            if (line.Contains("Executed DbCommand", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref server.databaseCommands);
            }
            else if (line.StartsWith("warn:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref server.warnings);
                previous = line;
            }
            else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref server.errors);
                previous = line;
            }
        }

        // Console logging is line-buffered per stream; both are drained so the server never blocks on a full pipe.
        var gate = new Lock();
        process.OutputDataReceived += (_, e) => { lock (gate) { Read(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (gate) { Read(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode} before it was healthy: {string.Join(" | ", Problems)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Too busy to answer in time; ask again.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The server was not healthy within {timeout}.");
    }

    /// <summary>SIGKILL (the run is over; what the server committed is what is measured). Safe to call twice.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit(TimeSpan.FromSeconds(10));
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ServerDirectory()
    {
        // bench/Roundtable.Bench/bin/<Configuration>/<tfm>/ → src/Roundtable.Server/bin/<Configuration>/<tfm>/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(RepositoryRoot.FullName, "src", "Roundtable.Server", "bin", output.Parent!.Name, output.Name);
    }

    public static DirectoryInfo RepositoryRoot { get; } = FindRoot();

    private static DirectoryInfo FindRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Roundtable.slnx")))
        {
            root = root.Parent;
        }

        return root ?? throw new InvalidOperationException($"No Roundtable.slnx above {AppContext.BaseDirectory}.");
    }
}
