namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>One caller waiting in a <see cref="MinuteBudget"/>'s queue.</summary>
internal sealed class BudgetWaiter(double permits)
{
    public double Permits { get; } = permits;

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LinkedListNode<BudgetWaiter>? Node { get; set; }

    public CancellationTokenRegistration Cancellation { get; set; }
}
