using NewsArchive.Bench.Gold;

namespace NewsArchive.Bench.Tests;

public sealed class ReportTests
{
    [Fact]
    public void The_all_report_keeps_the_gold_section_of_the_report_it_replaces()
    {
        const string gold = "<!-- gold: written by the bench's gold verb -->\n## Gold\n\n| a | b |\n<!-- /gold -->";
        var old = "# Benchmarks\n\nold figures\n\n" + gold + "\n";

        var kept = GoldReport.KeepSection(old, "# Benchmarks\n\nnew figures\n");

        Assert.Equal("# Benchmarks\n\nnew figures\n\n" + gold + "\n", kept);
        Assert.Equal("# Benchmarks\n\nnew\n", GoldReport.KeepSection("# Benchmarks\n\nno gold here\n", "# Benchmarks\n\nnew\n"));
    }

    [Fact]
    public void Targets_state_growth_from_the_smallest_size_and_the_steps_that_did_not_run()
    {
        // Peak memory doubles from 10,000 to 100,000 articles; time per article stays the same.
        var run = new AllRun([Row(10_000, peakMb: 200, seconds: 10), Row(100_000, peakMb: 400, seconds: 100)],
            null, [], null, null, null, null, null, ["pages: failed"]);

        var table = Targets.Table(run);

        Assert.Contains("| import peak memory < 500 MB at 100,000 (SQLite) | peak working set 400 MB at 100,000 | yes |", table);
        Assert.Contains("| import peak memory flat (10,000 to 100,000) | 200 MB to 400 MB: 2.00x | **no** | [profile: import memory]", table);
        Assert.Contains("| import time per article flat (10,000 to 100,000) | 1.00 ms to 1.00 ms: 1.00x | yes |", table);
        Assert.Contains("full text 3.00x", table);
        Assert.Contains("| search p95 < 20 ms at 100,000 (PostgreSQL) | not measured: the PostgreSQL search did not run (see above) | not measured |", table);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(0.71, Targets.Median([0.58, 0.61, 0.87, 0.86, 0.54, 0.81]), 3);
        Assert.Equal(0.61, Targets.Median([0.58, 0.61, 0.87]), 3);
    }

    private static ScaleRow Row(int size, long peakMb, double seconds)
    {
        var scale = size / 10_000;
        var kinds = new Dictionary<string, Latency>
        {
            ["full name"] = new(400, 1, 2, 3, 4),
            ["full text"] = new(400, 1, 2 + 4 * (scale - 1) / 9.0, 3, 4),
            [SearchBench.EveryMatchRanked] = new(400, 1, 50 * scale, 3, 4),
        };
        return new ScaleRow(size, new ImportResult(size, size * 200L, seconds, seconds / 2, peakMb * 1_048_576, 0, 100, 10, 0),
            new SearchResult(size, 100, 0.1, 0, 0, kinds));
    }
}
