using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NewsArchive.Bench.Corpus;

/// <summary>The generate verb: N synthetic articles, their articles.yml, and the answer keys
/// (people per file in the gold-file format the people verb reads, and every figure written).</summary>
internal static class CorpusGenerator
{
    public const string PeopleKey = "answers-people.tsv";
    public const string FiguresKey = "answers-figures.tsv";
    public const int DefaultSeed = 20_260_507;

    private static readonly string[] Sources = ["Evening Standard", "BBC News", "MyLondon", "The Guardian", "Local Democracy Reporting Service", "OnLondon"];
    private static readonly DateOnly FirstDay = new(2000, 1, 1);

    public static string FileName(int index) => $"a{index:D6}.txt";

    public static int Run(Args args, TextWriter output)
    {
        var count = args.Int("count", 100_000);
        var seed = args.Int("seed", DefaultSeed);
        var folder = args.Required("out");
        var clock = Stopwatch.StartNew();
        var (files, bytes) = Write(folder, count, seed);
        output.WriteLine($"generated {files:N0} articles ({bytes / 1_048_576.0:N1} MB) with seed {seed} in {folder} in {clock.Elapsed.TotalSeconds:N1} s");
        return 0;
    }

    /// <summary>Writes the corpus unless the folder already holds this exact one (same count and seed).</summary>
    public static (int Files, long Bytes) Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var stamp = Path.Combine(folder, ".corpus");
        var identity = $"count {count} seed {seed} v1";
        if (File.Exists(stamp) && File.ReadAllText(stamp) == identity)
            return (count, Directory.EnumerateFiles(folder, "*.txt").Sum(f => new FileInfo(f).Length));
        foreach (var old in Directory.EnumerateFiles(folder, "a*.txt")) File.Delete(old);

        var cast = new Cast(seed);
        var yaml = new StringBuilder("# Synthetic articles for the benchmark; generated, not received.\narticles:\n");
        var people = new StringBuilder($"# people named in each synthetic article (seed {seed}, count {count})\n");
        var figures = new StringBuilder("# file\tkind\tvalue\ttext\tperson (share and turnout values are in tenths of a per cent)\n");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var story = Compose(cast, seed, i);
            var name = FileName(i);
            var text = story.Render();
            File.WriteAllText(Path.Combine(folder, name), text, utf8);
            bytes += utf8.GetByteCount(text);
            var dice = Dice.For(seed, -2 - (long)i);
            yaml.Append(CultureInfo.InvariantCulture, $"  {name}:\n    published: {FirstDay.AddDays(dice.Next(9_490)):yyyy-MM-dd}\n");
            if (dice.Chance(0.8)) yaml.Append(CultureInfo.InvariantCulture, $"    source: {dice.Pick(Sources)}\n");
            people.Append(name).Append('\t').AppendJoin("; ", story.People).Append('\n');
            foreach (var f in story.Figures)
                figures.Append(CultureInfo.InvariantCulture, $"{name}\t{f.Kind}\t{f.Value}\t{f.Text}\t{f.Person}\n");
        }
        File.WriteAllText(Path.Combine(folder, "articles.yml"), yaml.ToString(), utf8);
        File.WriteAllText(Path.Combine(folder, PeopleKey), people.ToString(), utf8);
        File.WriteAllText(Path.Combine(folder, FiguresKey), figures.ToString(), utf8);
        File.WriteAllText(stamp, identity);
        return (count, bytes);
    }

    private static Story Compose(Cast cast, int seed, int index)
    {
        var story = new Story(Dice.For(seed, index));
        var roll = story.Dice.Unit();
        if (roll < 0.15) Elections.Mayoral(story, cast);
        else if (roll < 0.35) Elections.Seat(story, cast, byElection: false);
        else if (roll < 0.45) Elections.Seat(story, cast, byElection: true);
        else if (roll < 0.65) Elections.Council(story, cast);
        else Filler.Policy(story, cast);
        return story;
    }
}
