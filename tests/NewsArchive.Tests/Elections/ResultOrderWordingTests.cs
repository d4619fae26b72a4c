using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Results told with the owner after the number, or with finer numbers than the rules first met: texts
/// written for each wording.</summary>
public class ResultOrderWordingTests
{
    [Theory]
    [InlineData("In the 2017 general election, 317 seats went to the Conservatives.", "Conservative", 317)]
    [InlineData("In the 2017 general election, 262 seats were won by Labour.", "Labour", 262)]
    public void A_verb_after_the_seats_names_their_owner(string text, string owner, int seats) =>
        Assert.Equal([(owner, FigureKind.Seats, (decimal)seats)], ResultRun.FiguresIn2018(text));

    [Theory]
    [InlineData("In the 2014 Hackney council elections, 50 seats were won by Labour, 4 by the Conservatives and 3 by the Greens.")]
    [InlineData("In the 2014 Hackney council elections 50 seats were taken by Labour, 4 by the Conservatives, and 3 by the Greens.")]
    public void Seats_listed_after_were_won_by_are_each_of_the_party_after_its_by(string text) =>
        Assert.Equal([("Labour", FigureKind.Seats, 50m), ("Conservative", FigureKind.Seats, 4m), ("Green Party", FigureKind.Seats, 3m)],
            ResultRun.FiguresIn2018(text));

    [Fact]
    public void A_margin_won_by_is_not_a_list_of_owners() =>
        Assert.Equal([("Labour", FigureKind.Majority, 500m)],
            ResultRun.FiguresIn2018("At the 2017 general election the seat was won by Labour by 500 votes, by the narrowest margin."));

    [Fact]
    public void A_verb_after_the_number_outranks_the_party_named_before_it() =>
        Assert.Equal([("Labour", FigureKind.Seats, 50m), ("Conservative", FigureKind.Seats, 7m)],
            ResultRun.FiguresIn2018("In the 2014 Hackney council elections, Labour won 50 seats, while 7 seats went to the Conservatives."));

    [Theory]
    [InlineData("In the 2017 general election, nearly 13 million people voted for Labour.", FigureKind.Votes, 13000000)]
    [InlineData("In the 2017 general election, 40% of voters backed Labour.", FigureKind.Share, 40)]
    public void A_partys_voters_are_its_votes_or_share(string text, FigureKind kind, int value) =>
        Assert.Equal([("Labour", kind, (decimal)value)], ResultRun.FiguresIn2018(text));

    [Theory]
    [InlineData("In the 2017 general election, 12.9 million votes were cast for Labour.")]
    [InlineData("Despite 12.9 million votes being cast for Labour in the 2017 general election, it lost.")]
    [InlineData("In the 2017 general election, 12.9 million votes (40%) were cast for Labour.")]
    public void Votes_cast_for_a_party_are_its_own(string text) =>
        Assert.Contains(("Labour", FigureKind.Votes, 12_900_000m), ResultRun.FiguresIn2018(text));

    [Fact]
    public void A_side_named_after_the_far_number_of_a_comparison_owns_it() =>
        Assert.Equal([("Leave", FigureKind.Votes, 17_400_000m), ("Remain", FigureKind.Votes, 16_100_000m)],
            ResultRun.FiguresIn2018("In the 2016 EU referendum, Leave won 17.4 million votes compared to 16.1 million for Remain."));

    [Fact]
    public void A_side_that_won_a_share_is_its_owner() =>
        Assert.Equal([("No", FigureKind.Share, 55.3m)], ResultRun.FiguresIn2018("In the 2014 Scottish independence referendum, No won 55.3% of the vote."));

    [Fact]
    public void A_pair_of_shares_to_two_decimal_places_is_the_winners_and_the_losers() =>
        Assert.Equal([("Jane Doe", FigureKind.Share, 50.65m), ("John Roe", FigureKind.Share, 49.35m)],
            ResultRun.FiguresIn2018("Jane Doe beat John Roe by 50.65% to 49.35% in the 2012 London mayoral election."));

    [Fact]
    public void A_pair_of_counts_in_millions_is_read_as_a_pair() =>
        Assert.Equal([("Conservative", FigureKind.Votes, 10_700_000m), ("Liberal Democrats", FigureKind.Votes, 6_800_000m)],
            ResultRun.FiguresIn2018("At the 2010 general election, the Conservatives beat the Liberal Democrats by 10.7m votes to 6.8m."));

    [Fact]
    public void A_share_won_by_is_never_cut_at_its_decimal_point() =>
        Assert.Equal([("Jane Doe", FigureKind.Share, 51.5m)],
            ResultRun.FiguresIn2018("In the 2012 London mayoral election, Jane Doe won by 51.5% to 48.5%."));

    [Theory]
    [InlineData("At the 2017 general election Labour gained Canterbury, a seat held by the Tories since 1918, by 187 votes.", "Labour")]
    [InlineData("At the 2017 general election Jane Doe gained Canterbury, a seat held by John Roe since 1987, by 187 votes.", "Jane Doe")]
    public void A_name_inside_an_aside_closed_before_the_figure_is_not_its_owner(string text, string winner)
    {
        var result = ResultRun.Of(text, ResultRun.March2018);
        Assert.Equal([(winner, FigureKind.Majority, 187m)], ResultRun.Figures(result));
        Assert.Equal([winner], result.Candidacies.Where(c => c.Outcome == Outcome.Elected).Select(c => c.Candidate ?? c.Party));
    }

    [Fact]
    public void A_lead_in_the_popular_vote_is_no_win()
    {
        var result = ResultRun.Of("In the 2016 US presidential election Jane Doe won the popular vote by nearly 3 million.", ResultRun.March2018);
        Assert.DoesNotContain(result.Candidacies, c => c.Outcome == Outcome.Elected);
    }
}
