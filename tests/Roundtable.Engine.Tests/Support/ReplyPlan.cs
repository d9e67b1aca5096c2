namespace Roundtable.Engine.Tests.Support;

/// <summary>What <see cref="LoopbackProviderServer"/> answers to one request, before a wire format shapes it.</summary>
internal sealed record ReplyPlan(
    int RequestNumber,
    string Model,
    string Text,
    IReadOnlyList<string> Deltas,
    int InputTokens,
    int OutputTokens,
    bool IncludeCitations,
    bool IncludeUsageChunk);
