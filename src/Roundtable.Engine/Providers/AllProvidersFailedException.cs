namespace Roundtable.Engine.Providers;

/// <summary>Every provider in the chain, the offline model included, failed to answer.</summary>
public sealed class AllProvidersFailedException(IReadOnlyList<FailedAttempt> attempts)
    : Exception("No provider could answer: " + string.Join("; ", attempts.Select(a => $"{a.Provider}: {a.Reason}")))
{
    public IReadOnlyList<FailedAttempt> Attempts { get; } = attempts;
}
