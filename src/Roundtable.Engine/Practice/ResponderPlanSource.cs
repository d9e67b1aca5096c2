namespace Roundtable.Engine.Practice;

/// <summary>How a <see cref="ResponderPlan"/> was reached.</summary>
public enum ResponderPlanSource
{
    /// <summary>The salesperson addressed a representative by name, first name or role.</summary>
    Addressed,

    /// <summary>The orchestrator model decided, and its decision was valid.</summary>
    Model,

    /// <summary>Topic-to-role rules, used when the model is offline, failed or answered invalidly.</summary>
    Rules,
}
