using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Roundtable.Server.Tests.Crash;

/// <summary>
/// The real server (built beside the tests, same configuration) as a child process on a free
/// loopback port, so that it can be killed the way an operating system kills it: SIGKILL, no shutdown.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private const int KeptOutputLines = 200;

    private static readonly string[] ProviderVariables =
        ["OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "PERPLEXITY_API_KEY", "GOOGLE_API_KEY", "GEMINI_API_KEY", "GEMINI_BASE_URL", "PERPLEXITY_BASE_URL"];

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    /// <summary>The server's own output folder (same configuration and framework as the tests).</summary>
    public static string ServerDirectory { get; } = FindServerDirectory();

    public Uri Address { get; }

    public int Id => process.Id;

    /// <summary>The last lines the server wrote, for failure messages.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, output);

    public static ServerProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var dll = Path.Combine(ServerDirectory, "Roundtable.Server.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The server is not built at {dll}; build the solution first.");
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ServerDirectory,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.GetLeftPart(UriPartial.Authority));

        // Offline model only: no key leaks in from the machine running the tests.
        foreach (var name in ProviderVariables)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, address);
        // Both pipes are drained continuously: a full pipe would block the server's logging.
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode} before it was healthy.{Environment.NewLine}{RecentOutput}");
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
                // Listening but too busy to answer within the request timeout; ask again.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The server was not healthy within {timeout}.{Environment.NewLine}{RecentOutput}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, nothing the server can react to.</summary>
    public void KillHard()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException($"The server (pid {process.Id}) did not die within 10 s of SIGKILL.");
        }
    }

    public void Dispose()
    {
        KillHard();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptOutputLines && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindServerDirectory()
    {
        // tests/Roundtable.Server.Tests/bin/<Configuration>/<tfm>/ → src/Roundtable.Server/bin/<Configuration>/<tfm>/
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Roundtable.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No Roundtable.slnx above {AppContext.BaseDirectory}.");
        }

        return Path.Combine(root.FullName, "src", "Roundtable.Server", "bin", configuration, framework);
    }
}
