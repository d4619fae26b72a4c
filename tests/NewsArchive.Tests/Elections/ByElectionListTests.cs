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

    private static readonly DateOnly July2023 = new(2023, 7, 21);

    [Fact]
    public void A_by_election_named_bare_is_in_the_seat_the_sentence_names_and_the_perfect_of_news_dates_it() =>
        Assert.Equal(["westfield-and-north-eastbrook-by-election-2023"],
            Slugs("The Conservatives have narrowly held the seat of Westfield and North Eastbrook, with Jane Doe winning the by-election by 495 votes.", July2023));

    [Fact]
    public void A_by_election_told_in_the_perfect_after_a_modal_is_not_dated_by_it() =>
        Assert.Empty(Slugs("The Conservatives might have held the seat of Westfield had they won the by-election.", July2023));

    [Fact]
    public void A_seat_won_at_a_contest_named_right_after_it_is_not_the_seats_by_election_in_view()
    {
        var result = Extract.From("""
            The Conservatives have narrowly held the seat of Westfield, with Jane Doe winning the by-election by 495 votes.
            John Roe had won the seat at the 2019 general election with a majority of 7,210.
            """, July2023, "Jane Doe", "John Roe");
        Assert.Equal(["uk-general-election-2019"], result.Candidacies.Where(c => c.Candidate == "John Roe").Select(c => c.ElectionSlug));
    }
}
