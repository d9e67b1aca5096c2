using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Decides who answers the salesperson. Representatives addressed by name, first name or role
/// always answer, all of them, in the order named (addressing three people gets three answers: the
/// two-responder limit applies to the model's choice only). Otherwise the orchestrator model
/// chooses with structured output; when it is offline, fails or answers invalidly, the topic rules
/// (<see cref="ResponderRules"/>) decide.
/// </summary>
public sealed partial class MeetingOrchestrator(IChatClient client, ILogger<MeetingOrchestrator>? logger = null) : IMeetingOrchestrator
{
    private readonly ILogger logger = logger ?? NullLogger<MeetingOrchestrator>.Instance;

    public async Task<ResponderPlan> PlanAsync(MeetingBrief brief, IReadOnlyList<MeetingLine> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0 || !history[^1].IsSalesperson || brief.Representatives.Count == 0)
        {
            return new ResponderPlan([], "waiting for the salesperson", ResponderPlanSource.Rules, null);
        }

        if (Addressed(brief, history[^1].Text) is { } addressed)
        {
            return addressed;
        }

        var (messages, options) = OrchestratorPrompt.Build(brief, history);
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The rules always give a valid plan, so no provider failure may stop the meeting.
            LogModelFailed(logger, exception);
            return WithNote(ResponderRules.Plan(brief, history), "the orchestrator model failed", null);
        }

        var producer = MessageProducer.From(response);
        if (producer is { IsOffline: true })
        {
            return ResponderRules.Plan(brief, history);
        }

        var decision = ResponderDecisionReader.Read(response.Text, brief.Representatives);
        if (!decision.IsValid)
        {
            LogInvalidDecision(logger, decision.Problem!);
            return WithNote(ResponderRules.Plan(brief, history), "the orchestrator model's answer was invalid: " + decision.Problem, producer);
        }

        return new ResponderPlan(decision.RepresentativeIds, decision.Reason, ResponderPlanSource.Model, producer);
    }

    /// <summary>The plan when the salesperson spoke to someone directly, or null.</summary>
    public static ResponderPlan? Addressed(MeetingBrief brief, string line)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var addressed = RepresentativeAddressing.Find(line ?? string.Empty, brief.Representatives);
        if (addressed.Count == 0)
        {
            return null;
        }

        var reason = string.Join("; ", addressed.Select(a => $"{ResponderRules.Describe(a.Representative)} was addressed {a.How}"));
        return new ResponderPlan([.. addressed.Select(a => a.Representative.Id)], reason, ResponderPlanSource.Addressed, null);
    }

    private static ResponderPlan WithNote(ResponderPlan plan, string note, MessageProducer? producer) =>
        plan with { Reason = $"{plan.Reason} ({note})", Producer = producer };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The orchestrator model failed; the topic rules decide who answers.")]
    private static partial void LogModelFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The orchestrator model answered invalidly ({Problem}); the topic rules decide who answers.")]
    private static partial void LogInvalidDecision(ILogger logger, string problem);
}
