using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>What the offline model reads from one request: who speaks, about what, after whom, at what length.</summary>
internal sealed record OfflineRequest
{
    /// <summary>The structured turn brief, when the caller sent one (roundtables do).</summary>
    public TurnBrief? Brief { get; init; }

    /// <summary>The brief of a Practice representative's reply, when the caller sent one.</summary>
    public Practice.RepresentativeTurnBrief? Representative { get; init; }

    /// <summary>All system messages, joined.</summary>
    public required string SystemPrompt { get; init; }

    /// <summary>Earlier messages by speakers, oldest first, own turns included.</summary>
    public required IReadOnlyList<SpokenTurn> Turns { get; init; }

    /// <summary>The closing instruction or a person's latest message, when there is one.</summary>
    public string? LastUserText { get; init; }

    /// <summary>Texts that count as "already said": every non-system message.</summary>
    public required IReadOnlyList<string> History { get; init; }

    public int? MaxOutputTokens { get; init; }

    /// <summary>The generator seed, already mixed with the prompt's hash.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Words allowed by <see cref="MaxOutputTokens"/> at about 4 tokens per 3 words.</summary>
    public int? WordCap => MaxOutputTokens is { } tokens ? Math.Max(1, tokens * 3 / 4) : null;

    /// <summary>The most recent turn by someone other than the speaker.</summary>
    public SpokenTurn? PreviousTurn => Turns.LastOrDefault(t => !t.IsOwn);

    /// <summary>The word range to write: the brief's, else the default, both within the token cap.</summary>
    public (int Min, int Max) WordRange(int defaultMin, int defaultMax)
    {
        var min = Brief?.MinWords ?? defaultMin;
        var max = Brief?.MaxWords ?? Math.Max(min, defaultMax);
        if (max < min)
        {
            max = min;
        }

        if (WordCap is { } cap && cap < max)
        {
            max = cap;
            min = Math.Min(min, Math.Max(1, cap * 4 / 5));
        }

        return (min, max);
    }
}
