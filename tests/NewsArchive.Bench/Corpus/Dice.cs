namespace NewsArchive.Bench.Corpus;

/// <summary>Seeded choices. Each article gets its own stream, derived from the corpus seed and its number,
/// so article i is the same in a corpus of 10,000 and one of 100,000. System.Random(int) is
/// deterministic across runs and .NET versions; HashCode is not, hence the mixing function.</summary>
internal sealed class Dice(int seed)
{
    private readonly Random _random = new(seed);

    public static Dice For(int seed, long stream) => new(Mix(seed, stream));

    public int Next(int max) => _random.Next(max);

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double p) => _random.NextDouble() < p;

    public double Unit() => _random.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An index in [0, count) skewed to the front: a few people are in the news all the time.</summary>
    public int Skewed(int count) => Math.Min(count - 1, (int)(count * Math.Pow(_random.NextDouble(), 2.2)));

    /// <summary>splitmix64 over the seed and the stream number, folded to a non-negative int.</summary>
    private static int Mix(int seed, long stream)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)stream + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }
}
