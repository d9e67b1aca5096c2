namespace Roundtable.Engine.Providers;

/// <summary>Defaults for one well-known provider.</summary>
public sealed record KnownProvider(
    string Name,
    ProviderKind Kind,
    string? DefaultBaseUrl,
    string DefaultModel,
    IReadOnlyList<string> KeyVariables,
    string? BaseUrlVariable,
    decimal InputPricePerMillion,
    decimal OutputPricePerMillion);
