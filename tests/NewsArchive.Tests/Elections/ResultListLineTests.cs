using NewsArchive.Elections;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>A results list as a local paper or a council's page prints it: one candidate a line, the party in
/// brackets or between commas, the count, and the share in brackets after it.</summary>
public class ResultListLineTests
{
    private const string Declared = "Here are the full results of the Exeter mayoral election, declared last night.\n";

    private static ElectionExtraction Run(string text) => Extract.From(Declared + text, Extract.Saturday, "Jane Doe", "John Roe", "Ann Poe");

    [Fact]
    public void A_line_with_the_party_in_brackets_and_the_share_after_gives_both_figures()
    {
        var result = Run("""
            Jane Doe (Labour) 21,034 (43.8%)
            John Roe (Conservative) 17,601 (32.7%)
            Ann Poe (Women's Equality) 1,209 (2.5%)
            """);

        Assert.Equal([("Jane Doe", FigureKind.Votes, 21034m), ("Jane Doe", FigureKind.Share, 43.8m),
            ("John Roe", FigureKind.Votes, 17601m), ("John Roe", FigureKind.Share, 32.7m),
            ("Ann Poe", FigureKind.Votes, 1209m), ("Ann Poe", FigureKind.Share, 2.5m)], ResultRun.Figures(result));
        Assert.All(result.Figures, f => Assert.Equal("exeter-mayor-2021", f.ElectionSlug));
        Assert.Equal("Conservative", result.Figure(FigureKind.Votes, "John Roe").Party);
    }

    [Theory]
    [InlineData("Jane Doe, Labour, 21,034\nJohn Roe, Conservative, 17,601")]
    [InlineData("Jane Doe (Lab) 21,034 votes\nJohn Roe (Con) 17,601 votes")]
    [InlineData("Jane Doe (Labour) – 21,034\nJohn Roe (Conservative) – 17,601")]
    public void A_line_with_the_party_between_name_and_count_gives_the_votes(string lines) =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 21034m), ("John Roe", FigureKind.Votes, 17601m)], ResultRun.Figures(Run(lines)));

    [Theory]
    [InlineData("Jane Doe (Labour) 2019")]
    [InlineData("Jane Doe (Labour) 45")]
    public void A_year_or_an_age_after_a_name_and_party_is_no_count(string line) =>
        Assert.Empty(ResultRun.Figures(Run(line)));

    [Theory]
    [InlineData("Labour majority: 3,433. Turnout: 40.5%.")]
    [InlineData("Labour majority 3,433")]
    public void A_party_majority_line_is_the_winners_majority(string line)
    {
        var result = Run("Jane Doe (Labour) 21,034\nJohn Roe (Conservative) 17,601\n" + line);
        var majority = result.Figure(FigureKind.Majority);
        Assert.Equal(3433m, majority.Value.Value);
        Assert.Equal("Labour", majority.Party);
    }
}
