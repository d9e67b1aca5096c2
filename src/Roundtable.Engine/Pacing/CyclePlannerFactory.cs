namespace Roundtable.Engine.Pacing;

/// <summary>Creates the planner that fits a <see cref="CycleDefinition"/>.</summary>
public static class CyclePlannerFactory
{
    /// <summary>Validates <paramref name="definition"/> and creates its planner.</summary>
    /// <exception cref="ArgumentException">The definition is invalid.</exception>
    public static ICyclePlanner Create(CycleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.CreatePlanner();
    }
}
