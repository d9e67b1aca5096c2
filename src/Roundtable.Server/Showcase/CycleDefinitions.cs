using Roundtable.Engine.Pacing;

namespace Roundtable.Server.Showcase;

/// <summary>Turns the Showcase defaults and a business's overrides into the engine's cycle definition.</summary>
public static class CycleDefinitions
{
    public static CycleDefinition For(Business business, ShowcaseOptions defaults)
    {
        var overrides = business.Cycle;
        var mode = overrides.Mode ?? defaults.Mode;
        CycleDefinition definition = string.Equals(mode, "aligned", StringComparison.OrdinalIgnoreCase)
            ? new AlignedCycleDefinition
            {
                CycleLength = overrides.CycleLength ?? defaults.CycleLength,
                MessagesPerConversation = overrides.MessagesPerConversation ?? defaults.MessagesPerConversation,
                GapMin = overrides.GapMin ?? defaults.GapMin,
                GapMax = overrides.GapMax ?? defaults.GapMax,
                // Each business gets its own, stable sequence of gaps.
                Seed = business.Id,
            }
            : new ClassicCycleDefinition
            {
                InitialDelay = overrides.InitialDelay ?? defaults.InitialDelay,
                MessageInterval = overrides.MessageInterval ?? defaults.MessageInterval,
                MessagesPerConversation = overrides.MessagesPerConversation ?? defaults.MessagesPerConversation,
                BreakDuration = overrides.BreakDuration ?? defaults.BreakDuration,
            };
        definition.Validate();
        return definition;
    }
}
