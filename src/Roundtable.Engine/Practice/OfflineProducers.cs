using Roundtable.Engine.Providers;
using Roundtable.Engine.Providers.Offline;

namespace Roundtable.Engine.Practice;

/// <summary>
/// The producer of a result Practice computed itself when no model gave a usable one: labelled
/// offline, with the model calls that failed or answered unusably kept as failed attempts.
/// </summary>
internal static class OfflineProducers
{
    public static MessageProducer Computed(MessageProducer? modelCall, string? problem)
    {
        var failed = new List<FailedAttempt>(modelCall?.FailedAttempts ?? []);
        if (modelCall is { IsOffline: false } && problem is not null)
        {
            failed.Add(new FailedAttempt(modelCall.Provider, problem));
        }

        return new MessageProducer
        {
            Provider = KnownProviders.Offline,
            Model = OfflineChatClient.ModelId,
            IsOffline = true,
            FailedAttempts = failed,
        };
    }

    /// <summary>A model answered through a client outside the provider pipeline: name what is known rather than invent it.</summary>
    public static MessageProducer Unattributed(string? model) => new() { Provider = "unattributed", Model = model ?? "unknown" };
}
