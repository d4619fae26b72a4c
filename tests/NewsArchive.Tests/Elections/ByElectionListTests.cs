using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Several by-elections named together, and a seat named later in an article about one of them.</summary>
public class ByElectionListTests
{
    private static readonly DateOnly Spring2017 = new(2017, 3, 3);

    private static IReadOnlyList<string> Slugs(string text, DateOnly? published) =>
        Extract.From(text, published).Elections.Select(e => e.Slug).Order().ToList();

    [Theory]
    [InlineData("The by-elections in both Westfield and Eastbrook were held recently.")]
    [InlineData("The Westfield and Eastbrook by-elections were held recently.")]
    public void By_elections_in_two_places_are_two_contests(string text) =>
        Assert.Equal(["eastbrook-by-election-2017", "westfield-by-election-2017"], Slugs(text, Spring2017));

    [Fact]
    public void By_elections_in_a_list_of_places_are_one_contest_each() =>
        Assert.Equal(["eastbrook-by-election-2017", "northam-by-election-2017", "westfield-by-election-2017"],
            Slugs("Recent by-elections in Westfield, Northam and Eastbrook went badly for the government.", Spring2017));

    [Fact]
    public void A_by_election_without_a_year_or_a_word_of_time_is_unplaced() =>
        Assert.Empty(Slugs("The by-elections in both Westfield and Eastbrook were called after two resignations.", Spring2017));

    [Fact]
    public void A_seat_lost_in_an_article_about_its_by_election_is_that_by_election()
    {
        var result = Extract.From("""
            The by-elections in both Westfield and Eastbrook were held recently.
            Labour lost the Westfield seat by 2,000 votes, the worst result in years.
            """, Spring2017);
        Assert.DoesNotContain(result.Elections, e => e.Kind == ElectionKind.Constituency);
    }
}
