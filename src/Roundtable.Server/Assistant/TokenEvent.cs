namespace Roundtable.Server.Assistant;

/// <summary>The <c>token</c> server-sent event: the next piece of the answer.</summary>
public sealed record TokenEvent(string Text);
