using System.Globalization;

namespace NewsArchive.Bench;

/// <summary>"--name value" pairs and bare "--flag"s after a verb. Unknown names are an error, not ignored.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private Args() { }

    /// <param name="flags">Names that take no value.</param>
    public static Args Parse(ReadOnlySpan<string> args, IReadOnlyCollection<string> names, IReadOnlyCollection<string>? flags = null)
    {
        var parsed = new Args();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : throw new UsageException($"unexpected '{args[i]}'");
            if (flags?.Contains(name) == true) parsed._values[name] = null;
            else if (names.Contains(name) && i + 1 < args.Length) parsed._values[name] = args[++i];
            else throw new UsageException($"unknown option or missing value: --{name}");
        }
        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) => Text(name) ?? throw new UsageException($"--{name} is required");

    public int Int(string name, int fallback) => Text(name) is { } text ? ParseInt(text) : fallback;

    /// <summary>"10000,50000,100000" (underscores allowed).</summary>
    public int[] Ints(string name, int[] fallback) =>
        Text(name) is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseInt).ToArray() : fallback;

    private static int ParseInt(string text) =>
        int.TryParse(text.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new UsageException($"'{text}' is not a whole number");
}

internal sealed class UsageException(string message) : Exception(message);
