using System.Globalization;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Providers;
using Spectre.Console;

namespace Roundtable.Cli.Commands;

/// <summary>Prints a running conversation: each speaker in its colour, text as it streams, then who produced it.</summary>
internal sealed class ConsoleConversationView(ConversationSetting setting)
{
    public void Begin()
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]Topic:[/] {setting.Topic}   [grey](seed {setting.Seed}, {setting.TotalMessages} messages)[/]");
        AnsiConsole.WriteLine();
    }

    public void Show(ConversationEvent item)
    {
        switch (item)
        {
            case TurnStarted started:
                AnsiConsole.Write(new Markup($"[bold {started.Speaker.Color}]{Markup.Escape($"{started.Number}. {started.Speaker.Name}")}[/]\n"));
                break;
            case TurnDelta delta:
                // Plain text, unwrapped: the terminal wraps it, and piped output keeps sentences whole.
                Console.Out.Write(delta.Text);
                break;
            case TurnFailed failed:
                AnsiConsole.MarkupLineInterpolated($"\n[red]The answer from {failed.Fault.Provider} broke off ({failed.Fault.Reason}); writing the message again.[/]");
                break;
            case TurnCompleted completed:
                AnsiConsole.WriteLine();
                AnsiConsole.MarkupLine(ProducerLine(completed.Turn.Producer));
                AnsiConsole.WriteLine();
                break;
        }
    }

    public void End() => AnsiConsole.MarkupLine("[grey]Conversation complete.[/]");

    private static string ProducerLine(MessageProducer? producer)
    {
        if (producer is null)
        {
            return "[red]producer unknown[/]";
        }

        var label = producer.IsOffline
            ? $"[black on yellow] offline [/] [grey]{Markup.Escape(producer.Model)}[/]"
            : $"[black on green] {Markup.Escape(producer.Provider)} [/] [grey]{Markup.Escape(producer.Model)}[/]";
        var tokens = $"{producer.InputTokens}→{producer.OutputTokens} tokens{(producer.TokensEstimated ? " (est.)" : "")}";
        var cost = producer.EstimatedCostUsd.ToString("$0.00000", CultureInfo.InvariantCulture);
        var timing = $"{producer.Latency.TotalMilliseconds:0} ms";
        var fallback = producer.FellBack ? $" [yellow]fell back: {Markup.Escape(producer.FallbackReason!)}[/]" : "";
        return $"{label} [grey]· {tokens} · {timing} · {cost}[/]{fallback}";
    }
}
