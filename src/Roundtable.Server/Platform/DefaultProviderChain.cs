namespace Roundtable.Server.Platform;

/// <summary>
/// The providers a feature tries when its settings name none. Settings declare their chains empty and
/// fall back here, because the configuration binder appends configured array items to an array's
/// initial values instead of replacing them (dotnet/runtime#46988): a default in the property made
/// <c>ProviderChain:0=OpenAI</c> run OpenAI, Anthropic, Gemini, OpenAI.
/// </summary>
public static class DefaultProviderChain
{
    public static IReadOnlyList<string> Names { get; } = ["OpenAI", "Anthropic", "Gemini"];

    /// <summary>The configured chain, or the default when none is configured.</summary>
    public static IReadOnlyList<string> Or(IReadOnlyList<string> configured) => configured.Count > 0 ? configured : Names;
}
