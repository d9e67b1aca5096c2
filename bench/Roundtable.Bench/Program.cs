using Roundtable.Bench;
using Roundtable.Bench.Assistant;

if (args is ["assistant", ..])
{
    return await AssistantBench.MainAsync(args);
}

if (args is ["practice", ..])
{
    return await Roundtable.Bench.Practice.PracticeBench.MainAsync(args);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var result = await ShowcaseBench.RunAsync(options);
ShowcaseBench.Print(result);
Console.WriteLine($"  written to {await ShowcaseBench.SaveAsync(result)}");
return 0;
