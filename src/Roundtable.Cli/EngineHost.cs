using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Engine.Hosting;

namespace Roundtable.Cli;

/// <summary>
/// The engine as the command line uses it: configuration from appsettings.json beside the
/// program or in the working folder, then environment variables (Providers__OpenAI__ApiKey,
/// or the seeds' OPENAI_API_KEY and friends).
/// </summary>
internal static class EngineHost
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        return new ServiceCollection()
            .AddRoundtableEngine(configuration)
            .BuildServiceProvider();
    }
}
