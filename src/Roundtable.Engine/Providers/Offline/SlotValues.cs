namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// The phrases that may fill each named slot of a sentence frame. Layers let a turn add or
/// override slots (the previous speaker, a theme's term) without touching the shared set.
/// </summary>
internal sealed class SlotValues
{
    private readonly Dictionary<string, IReadOnlyList<string>> values = new(StringComparer.Ordinal);
    private readonly SlotValues? parent;

    public SlotValues()
    {
    }

    private SlotValues(SlotValues parent) => this.parent = parent;

    /// <summary>Sets a slot; empty or blank candidates are dropped, and no candidates removes the slot.</summary>
    public SlotValues Set(string name, params IEnumerable<string?> candidates)
    {
        var usable = candidates.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Distinct().ToList();
        values[name] = usable;
        return this;
    }

    /// <summary>A child layer: its slots shadow this one's; this one is left unchanged.</summary>
    public SlotValues Layer() => new(this);

    public IReadOnlyList<string> Candidates(string name)
    {
        for (var layer = this; layer is not null; layer = layer.parent)
        {
            if (layer.values.TryGetValue(name, out var found))
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>The first candidate of a slot, or the fallback when the slot is empty.</summary>
    public string First(string name, string fallback)
    {
        var candidates = Candidates(name);
        return candidates.Count > 0 ? candidates[0] : fallback;
    }
}
