using System.Globalization;

namespace Roundtable.Bench;

/// <summary>
/// Reads a bench's options after its command word, one at a time: the option's name, and its value
/// checked against bounds, so that no run can grow without limit.
/// </summary>
internal sealed class CommandLineReader
{
    private readonly IReadOnlyList<string> args;
    private int index;

    private CommandLineReader(IReadOnlyList<string> args) => this.args = args;

    /// <summary>The option being read, e.g. <c>--turns</c>.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Starts from <paramref name="defaults"/> and lets <paramref name="apply"/> read each option in turn.</summary>
    /// <exception cref="ArgumentException">The command line is not valid.</exception>
    public static TOptions Parse<TOptions>(
        IReadOnlyList<string> args, string command, TOptions defaults, Func<TOptions, CommandLineReader, TOptions> apply)
    {
        if (args.Count == 0 || args[0] != command)
        {
            throw new ArgumentException($"expected '{command}'");
        }

        var reader = new CommandLineReader(args);
        var options = defaults;
        for (reader.index = 1; reader.index < args.Count; reader.index++)
        {
            reader.Name = args[reader.index];
            options = apply(options, reader);
        }

        return options;
    }

    public string Value() => index + 1 < args.Count ? args[++index] : throw new ArgumentException($"{Name} needs a value");

    public int Int(int min, int max) =>
        Whole(Value(), min, max) ?? throw new ArgumentException($"{Name} must be a whole number in {min}..{max}");

    /// <summary>A comma-separated list, e.g. <c>1,16,64</c>.</summary>
    public IReadOnlyList<int> Ints(int min, int max) => IntsIn(Value(), min, max);

    /// <summary>A comma-separated list, or <c>0</c> for none.</summary>
    public IReadOnlyList<int> IntsOrNone(int min, int max) => Value() is var value && value == "0" ? [] : IntsIn(value, min, max);

    /// <summary>A duration such as <c>500ms</c>, <c>2s</c>, <c>1m</c> or <c>00:01:30</c>.</summary>
    public TimeSpan Duration(TimeSpan min, TimeSpan max)
    {
        var value = Value();
        var parsed = value switch
        {
            _ when value.EndsWith("ms", StringComparison.Ordinal) => Number(value[..^2], 1),
            _ when value.EndsWith('s') => Number(value[..^1], 1000),
            _ when value.EndsWith('m') => Number(value[..^1], 60_000),
            _ when TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) => span,
            _ => (TimeSpan?)null,
        };
        return parsed is { } duration && duration >= min && duration <= max
            ? duration
            : throw new ArgumentException($"{Name} must be a duration such as 500ms, 2s or 1m, in {min}..{max}");

        static TimeSpan? Number(string text, double millisecondsPerUnit) =>
            double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                ? TimeSpan.FromMilliseconds(amount * millisecondsPerUnit)
                : null;
    }

    public string OneOf(params string[] allowed) =>
        Value() is var value && allowed.Contains(value) ? value : throw new ArgumentException($"{Name} is {string.Join(" or ", allowed)}");

    public ArgumentException Unknown() => new($"unknown option {Name}");

    private IReadOnlyList<int> IntsIn(string list, int min, int max) =>
        [.. list.Split(',').Select(item => Whole(item.Trim(), min, max) ?? throw new ArgumentException($"{Name} must be whole numbers in {min}..{max}"))];

    private static int? Whole(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max ? number : null;
}
