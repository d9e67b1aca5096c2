namespace Roundtable.Engine.Tests.Support;

/// <summary>One provider's wire format: bodies, stream events and error shapes.</summary>
internal interface IProviderWire
{
    /// <summary>The provider's JSON error body for an HTTP status.</summary>
    string ErrorBody(int statusCode, int requestNumber);

    /// <summary>The non-streaming response body.</summary>
    string Completion(ReplyPlan reply);

    /// <summary>Every event of a complete stream, in order.</summary>
    IReadOnlyList<SseEvent> Stream(ReplyPlan reply);

    /// <summary>The provider's in-stream error event.</summary>
    SseEvent ErrorEvent(int requestNumber);

    /// <summary>An event whose data is not valid JSON.</summary>
    SseEvent MalformedEvent { get; }
}
