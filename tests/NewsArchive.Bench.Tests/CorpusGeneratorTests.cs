using NewsArchive.Bench;
using NewsArchive.Bench.Corpus;

namespace NewsArchive.Bench.Tests;

public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"bench-corpus-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        CorpusGenerator.Write(Path.Combine(_folder, "a"), 60, seed: 7);
        CorpusGenerator.Write(Path.Combine(_folder, "b"), 60, seed: 7);
        Assert.Equal(Contents(Path.Combine(_folder, "a")), Contents(Path.Combine(_folder, "b")));
    }

    [Fact]
    public void A_smaller_corpus_is_the_start_of_a_larger_one()
    {
        CorpusGenerator.Write(Path.Combine(_folder, "small"), 20, seed: 7);
        CorpusGenerator.Write(Path.Combine(_folder, "large"), 50, seed: 7);
        foreach (var file in Directory.GetFiles(Path.Combine(_folder, "small"), "a*.txt"))
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(_folder, "large", Path.GetFileName(file))));
    }

    [Fact]
    public void Another_seed_writes_other_articles()
    {
        CorpusGenerator.Write(Path.Combine(_folder, "a"), 10, seed: 7);
        CorpusGenerator.Write(Path.Combine(_folder, "b"), 10, seed: 8);
        Assert.NotEqual(File.ReadAllText(Path.Combine(_folder, "a", "a000000.txt")), File.ReadAllText(Path.Combine(_folder, "b", "a000000.txt")));
    }

    [Fact]
    public void The_answer_key_names_people_whose_full_names_are_in_the_article()
    {
        var folder = Path.Combine(_folder, "key");
        CorpusGenerator.Write(folder, 80, seed: 11);
        var key = GoldFile.Read(Path.Combine(folder, CorpusGenerator.PeopleKey));
        Assert.Equal(80, key.Count);
        foreach (var (file, people) in key)
        {
            var text = File.ReadAllText(Path.Combine(folder, file));
            Assert.NotEmpty(people);
            Assert.All(people, name => Assert.Contains(name, text));
        }
        Assert.Contains("articles:", File.ReadAllText(Path.Combine(folder, "articles.yml")));
    }

    [Fact]
    public void Figures_in_the_key_are_written_in_their_article()
    {
        var folder = Path.Combine(_folder, "figures");
        CorpusGenerator.Write(folder, 40, seed: 11);
        var rows = File.ReadLines(Path.Combine(folder, CorpusGenerator.FiguresKey)).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(row[3], File.ReadAllText(Path.Combine(folder, row[0]))));
    }

    private static string Contents(string folder) =>
        string.Join("\n", Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + ":" + File.ReadAllText(f)));
}
