using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Turns;

namespace Roundtable.Cli.Commands;

/// <summary><c>roundtable converse</c>: runs a conversation among the agents in the terminal, streaming each message.</summary>
internal static class ConverseCommand
{
    public static Command Create()
    {
        var topic = new Option<string>("--topic") { Description = "What the agents discuss.", Required = true };
        var messages = new Option<int>("--messages") { Description = "How many messages in all.", DefaultValueFactory = _ => 16 };
        var agents = new Option<string>("--agents") { Description = "'default' or a comma-separated list of agent ids.", DefaultValueFactory = _ => "default" };
        var pace = new Option<TimeSpan>("--pace")
        {
            Description = "Pause between messages, e.g. 0s, 30s, 1m.",
            DefaultValueFactory = _ => TimeSpan.Zero,
            CustomParser = result => DurationParser.TryParse(result.Tokens.Single().Value, out var value)
                ? value
                : Fail(result, $"'{result.Tokens.Single().Value}' is not a duration (try 0s, 30s, 1m)."),
        };
        var seed = new Option<long?>("--seed") { Description = "Seed for reproducible offline text; random when omitted." };
        var business = new Option<string?>("--business") { Description = "Name of the business the discussion is about." };
        var industry = new Option<string?>("--industry") { Description = "The business's industry." };
        var location = new Option<string?>("--location") { Description = "Where the business is." };

        var command = new Command("converse", "Run a conversation among the agents and stream it here.")
        {
            topic, messages, agents, pace, seed, business, industry, location,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(messages) is < 1 or > 200)
            {
                result.AddError("--messages must be between 1 and 200.");
            }

            if (AgentSelection.TryResolve(result.GetValue(agents) ?? "default", out _) is { } error)
            {
                result.AddError(error);
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            AgentSelection.TryResolve(parse.GetValue(agents)!, out var selected);
            var setting = new ConversationSetting
            {
                Topic = parse.GetValue(topic)!,
                TotalMessages = parse.GetValue(messages),
                Seed = parse.GetValue(seed) ?? Random.Shared.NextInt64(1, 1_000_000),
                Business = BusinessFrom(parse.GetValue(business), parse.GetValue(industry), parse.GetValue(location)),
            };
            await using var services = EngineHost.Build();
            var runner = services.GetRequiredService<ConversationRunner>();
            var view = new ConsoleConversationView(setting);
            view.Begin();
            await foreach (var item in runner.RunAsync(selected, new RoundRobinTurnPolicy(), setting, parse.GetValue(pace), cancellationToken))
            {
                view.Show(item);
            }

            view.End();
            return 0;
        });
        return command;
    }

    private static BusinessProfile? BusinessFrom(string? name, string? industry, string? location) =>
        name is null ? null : new BusinessProfile { Name = name, Industry = industry, Location = location };

    private static TimeSpan Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return TimeSpan.Zero;
    }
}
