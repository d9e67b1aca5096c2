using System.Diagnostics;

namespace Roundtable.Engine.Tests.Cli;

/// <summary>Runs the real `roundtable` program (built beside the tests) as a child process.</summary>
internal static class CliProcess
{
    /// <summary>The CLI's own output folder (same configuration as the tests), where its dependencies are.</summary>
    private static string CliDirectory { get; } = FindCliDirectory();

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CliDirectory,
        };
        start.ArgumentList.Add(Path.Combine(CliDirectory, "roundtable.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A clean environment for the providers: no key leaks in from the machine running the tests.
        foreach (var name in new[] { "OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "PERPLEXITY_API_KEY", "GOOGLE_API_KEY", "GEMINI_API_KEY" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string FindCliDirectory()
    {
        // tests/Roundtable.Engine.Tests/bin/<Configuration>/net10.0/ → src/Roundtable.Cli/bin/<Configuration>/net10.0/
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Roundtable.slnx")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "src", "Roundtable.Cli", "bin", configuration, framework);
    }
}
