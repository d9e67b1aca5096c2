using System.Text;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>What a stream has produced so far: text, usage, model and when the first token came.</summary>
internal sealed class StreamTally
{
    private readonly StringBuilder text = new();

    public string Text => text.ToString();

    public string? ModelId { get; private set; }

    public UsageDetails? Usage { get; private set; }

    public TimeSpan? TimeToFirstToken { get; private set; }

    public void Add(ChatResponseUpdate update, TimeSpan elapsed)
    {
        ModelId ??= update.ModelId;
        var chunk = update.Text;
        if (!string.IsNullOrEmpty(chunk))
        {
            TimeToFirstToken ??= elapsed;
            text.Append(chunk);
        }

        foreach (var usage in update.Contents.OfType<UsageContent>())
        {
            Usage ??= new UsageDetails();
            Usage.Add(usage.Details);
        }
    }
}
