using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Tests.Pacing;

public sealed class CycleDefinitionValidationTests
{
    public static TheoryData<CycleDefinition, string> InvalidDefinitions => new()
    {
        { new ClassicCycleDefinition { MessagesPerConversation = 0 }, nameof(ClassicCycleDefinition.MessagesPerConversation) },
        { new ClassicCycleDefinition { MessageInterval = TimeSpan.Zero }, nameof(ClassicCycleDefinition.MessageInterval) },
        { new ClassicCycleDefinition { MessageInterval = TimeSpan.FromSeconds(-1) }, nameof(ClassicCycleDefinition.MessageInterval) },
        { new ClassicCycleDefinition { InitialDelay = TimeSpan.FromSeconds(-1) }, nameof(ClassicCycleDefinition.InitialDelay) },
        { new ClassicCycleDefinition { BreakDuration = TimeSpan.FromSeconds(-1) }, nameof(ClassicCycleDefinition.BreakDuration) },
        { new ClassicCycleDefinition { MessageInterval = TimeSpan.MaxValue }, nameof(ClassicCycleDefinition.MessageInterval) },
        { new AlignedCycleDefinition { CycleLength = TimeSpan.Zero }, nameof(AlignedCycleDefinition.CycleLength) },
        { new AlignedCycleDefinition { MessagesPerConversation = -3 }, nameof(AlignedCycleDefinition.MessagesPerConversation) },
        { new AlignedCycleDefinition { GapMin = TimeSpan.Zero }, nameof(AlignedCycleDefinition.GapMin) },
        { new AlignedCycleDefinition { GapMin = TimeSpan.FromMinutes(3) }, nameof(AlignedCycleDefinition.GapMin) },
        { new AlignedCycleDefinition { CycleLength = TimeSpan.FromMinutes(29) }, nameof(AlignedCycleDefinition.CycleLength) },
        { new AlignedCycleDefinition { MessagesPerConversation = 17 }, nameof(AlignedCycleDefinition.CycleLength) },
    };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public void Create_InvalidDefinition_ThrowsNamingTheSetting(CycleDefinition definition, string setting)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => CyclePlannerFactory.Create(definition));

        Assert.Equal(setting, error.ParamName);
        Assert.Contains(setting, error.Message);
    }

    [Fact]
    public void Validate_AlignedThatCannotFit_MessageExplainsTheShortfall()
    {
        var error = Assert.Throws<ArgumentException>(() => new AlignedCycleDefinition { CycleLength = TimeSpan.FromMinutes(29) }.Validate());

        Assert.Contains("16 messages", error.Message);
        Assert.Contains("00:30:00", error.Message);
    }

    [Fact]
    public void Validate_AlignedThatExactlyFits_Accepted()
    {
        new AlignedCycleDefinition { CycleLength = TimeSpan.FromMinutes(30), MessagesPerConversation = 16 }.Validate();
    }

    [Fact]
    public void Validate_ClassicWithoutDelayOrBreak_Accepted()
    {
        new ClassicCycleDefinition { InitialDelay = TimeSpan.Zero, BreakDuration = TimeSpan.Zero }.Validate();
    }

    [Fact]
    public void Create_Classic_ClassicPlanner()
    {
        Assert.IsType<ClassicCyclePlanner>(CyclePlannerFactory.Create(new ClassicCycleDefinition()));
    }

    [Fact]
    public void Create_Aligned_AlignedPlanner()
    {
        Assert.IsType<AlignedCyclePlanner>(CyclePlannerFactory.Create(new AlignedCycleDefinition()));
    }

    [Fact]
    public void Create_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CyclePlannerFactory.Create(null!));
    }
}
