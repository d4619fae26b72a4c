using NewsArchive.Bench.Gold;

namespace NewsArchive.Bench.Tests;

/// <summary>The written sets (articles written and annotated here) is scored by the gold verb from the repository
/// alone: its tune half imported by the real importer, elections and figures scored, people and quotes not.</summary>
public sealed class WrittenGoldTests
{
    private static string GoldFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "NewsArchive.Bench", "gold"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("no repository above the tests"), "tests", "NewsArchive.Bench", "gold");
    }

    [Fact]
    public void The_written_tune_half_is_scored_for_elections_and_figures_only()
    {
        var gold = GoldFolder();
        var work = Path.Combine(Path.GetTempPath(), $"written-gold-{Guid.NewGuid():N}");
        try
        {
            var scores = GoldBench.Measure(gold, "tune", new Dictionary<string, string> { [GoldBench.WrittenSource] = Path.Combine(gold, "written") }, null, work, TextWriter.Null, false);

            var written = Assert.Single(scores);
            Assert.Equal((GoldBench.WrittenSource, 48), (written.Source, written.Articles));
            Assert.Equal(new Score(0, 0, 0), written.People);
            Assert.True(written.Elections.TruePositives > 0 && written.Figures.TruePositives > 0, $"elections {written.Elections}, figures {written.Figures}");
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, true);
        }
    }
}
