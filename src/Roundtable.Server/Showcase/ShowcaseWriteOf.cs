using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>A <see cref="ShowcaseWrite"/> whose result is handed over only once its transaction committed.</summary>
internal sealed class ShowcaseWriteOf<T>(Func<RoundtableDbContext, CancellationToken, Task<T>> apply, bool urgent) : ShowcaseWrite
{
    private readonly TaskCompletionSource<T> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? result;

    public Task<T> Done => done.Task;

    public override bool Urgent => urgent;

    public override async Task ApplyAsync(RoundtableDbContext db, CancellationToken cancellationToken) =>
        result = await apply(db, cancellationToken);

    public override void Commit() => done.TrySetResult(result!);

    public override void Fail(Exception exception)
    {
        if (exception is OperationCanceledException cancelled)
        {
            done.TrySetCanceled(cancelled.CancellationToken);
        }
        else
        {
            done.TrySetException(exception);
        }
    }
}
