namespace Roundtable.Engine.Providers;

/// <summary>A provider in the chain that did not produce the message, and why.</summary>
public sealed record FailedAttempt(string Provider, string Reason);
