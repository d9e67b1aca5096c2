using System.Text.RegularExpressions;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Cli;

public sealed class ConverseCommandTests
{
    [Fact]
    public async Task Converse_NoKeys_EightMessagesFromFourAgentsLabelledOffline()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(null, "converse", "--topic", "Storm damage restoration", "--messages", "8", "--seed", "3");

        Assert.True(exitCode == 0, error);
        var speakers = Regex.Matches(output, @"^\d+\. (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToList();
        string[] round = ["Business AI Assistant", "SEO AI Specialist", "Customer Service AI", "Marketing AI Expert"];
        Assert.Equal([.. round, .. round], speakers);
        Assert.Equal(8, Regex.Matches(output, @"^ offline  roundtable-offline-1", RegexOptions.Multiline).Count);
        Assert.Contains("fell back: OpenAI: not configured", output);
    }

    [Fact]
    public async Task Converse_OpenAIKeyAndBaseUrl_OpenAIAgentAnswersFromThatServerAndSaysSo()
    {
        await using var server = await LoopbackProviderServer.StartAsync();
        server.ReplyText = "From the configured server: inspect every roof within 48 hours of the storm.";

        var (exitCode, output, error) = await CliProcess.RunAsync(
            new Dictionary<string, string?> { ["OPENAI_API_KEY"] = "sk-loopback", ["OPENAI_BASE_URL"] = server.OpenAIBaseUrl.ToString() },
            "converse", "--topic", "Storm damage restoration", "--messages", "8", "--seed", "3");

        Assert.True(exitCode == 0, error);
        // The OpenAI agent answers from the server directly; the others fail over to it, the next in their chains.
        var producers = Regex.Matches(output, @"^ (OpenAI|offline) .*$", RegexOptions.Multiline).Select(m => m.Value).ToList();
        Assert.Equal(8, producers.Count);
        Assert.All(producers, line => Assert.StartsWith(" OpenAI  gpt-4o", line));
        Assert.DoesNotContain("fell back", producers[0]);
        Assert.Contains("fell back: Anthropic: not configured", producers[1]);
        Assert.Equal(8, Regex.Matches(output, "inspect every roof within 48 hours").Count);
        Assert.Equal(8, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal("Bearer sk-loopback", request.Header("Authorization")));
    }

    [Theory]
    [InlineData("--messages", "0")]
    [InlineData("--pace", "soon")]
    [InlineData("--agents", "nobody")]
    public async Task Converse_BadOption_FailsWithAMessage(string option, string value)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(null, "converse", "--topic", "x", option, value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(option.TrimStart('-'), output + error);
    }

    [Fact]
    public async Task Providers_NoKeys_ListsEveryProviderWithoutSecrets()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(
            new Dictionary<string, string?> { ["ANTHROPIC_API_KEY"] = "sk-ant-secret-value" }, "providers");

        Assert.True(exitCode == 0, error);
        foreach (var name in new[] { "OpenAI", "Anthropic", "Perplexity", "Gemini", "Offline" })
        {
            Assert.Contains(name, output);
        }

        Assert.Contains("unconfigured", output);
        Assert.DoesNotContain("sk-ant-secret-value", output);
    }
}
