using System.Text.Json;

namespace Roundtable.Bench;

/// <summary>
/// What every bench command does around its run: reads its options (or prints its usage and exits
/// with 2), runs, prints its table and writes its result as JSON.
/// </summary>
internal static class BenchCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static async Task<int> RunAsync<TOptions, TResult>(
        IReadOnlyList<string> args,
        Func<IReadOnlyList<string>, TOptions> parse,
        string usage,
        Func<TOptions, Task<TResult>> run,
        Action<TResult> print,
        Func<TOptions, string> outputPath)
    {
        TOptions options;
        try
        {
            options = parse(args);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(usage);
            return 2;
        }

        var result = await run(options);
        print(result);
        var path = outputPath(options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
        Console.WriteLine($"  written to {path}");
        return 0;
    }

    /// <summary>A file in bench/results/, where a run writes unless told otherwise.</summary>
    public static string InResults(string fileName) => Path.Combine(BenchServer.RepositoryRoot.FullName, "bench", "results", fileName);

    /// <summary>The command line as a person would type it again.</summary>
    public static string Command(IReadOnlyList<string> args) => $"dotnet run -c Release --project bench/Roundtable.Bench -- {string.Join(' ', args)}";
}
