namespace Roundtable.Server.Tests.Crash;

/// <summary>The crash tests run a real server on real time: alone, so other tests do not starve it of the two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "Crash";
}
