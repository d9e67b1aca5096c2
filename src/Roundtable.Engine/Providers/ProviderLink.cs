namespace Roundtable.Engine.Providers;

/// <summary>One step of an agent's provider chain: a provider and, optionally, the model to ask it for.</summary>
public sealed record ProviderLink(string Provider, string? Model = null);
