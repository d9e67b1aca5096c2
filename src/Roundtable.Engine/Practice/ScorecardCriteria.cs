namespace Roundtable.Engine.Practice;

/// <summary>The criteria every scorecard rates, in this order.</summary>
public static class ScorecardCriteria
{
    public const string Discovery = "discovery";
    public const string ObjectionHandling = "objection_handling";
    public const string ValueArticulation = "value_articulation";
    public const string NextSteps = "next_steps";
    public const string GoalAchievement = "goal_achievement";

    public static IReadOnlyList<string> All { get; } = [Discovery, ObjectionHandling, ValueArticulation, NextSteps, GoalAchievement];
}
