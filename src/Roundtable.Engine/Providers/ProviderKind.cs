namespace Roundtable.Engine.Providers;

/// <summary>Which wire protocol and SDK a provider is reached with.</summary>
public enum ProviderKind
{
    /// <summary>OpenAI itself, through the OpenAI SDK.</summary>
    OpenAI,

    /// <summary>Anthropic Messages API, through the official Anthropic SDK.</summary>
    Anthropic,

    /// <summary>Any OpenAI-compatible chat completions endpoint (Perplexity, Gemini, Ollama, vLLM, llama.cpp).</summary>
    OpenAICompatible,

    /// <summary>The built-in offline model.</summary>
    Offline,
}
