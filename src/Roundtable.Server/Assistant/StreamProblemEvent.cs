namespace Roundtable.Server.Assistant;

/// <summary>The <c>error</c> server-sent event, shaped like ProblemDetails, when a turn fails after the stream began.</summary>
public sealed record StreamProblemEvent(string Title, int Status, string? Detail);
