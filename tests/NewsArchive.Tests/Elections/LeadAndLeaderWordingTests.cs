using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Report wordings written here with invented people: a lead told after the seat and the contest, a share
/// "of those cast", a runner-up's count and share named after them, a party told by its leader's name, and seats
/// "of the Scottish Parliament's 129".</summary>
public class LeadAndLeaderWordingTests
{
    private static readonly DateOnly ByElectionNight = new(2023, 7, 21);

    [Theory]
    [InlineData("The Conservatives have held Eastfield in a by-election, by just 495 votes.")]
    [InlineData("The Conservatives have held Jane Doe's old seat of Eastfield in the by-election by 495 votes.")]
    public void A_lead_told_after_the_seat_and_the_contest_is_the_winners_majority(string line) =>
        Assert.Contains(("eastfield-by-election-2023", "Conservative", FigureKind.Majority, 495m),
            Extract.Filed("Voters in the Eastfield by-election went to the polls on Thursday.\n" + line, ByElectionNight, "Jane Doe"));

    [Fact]
    public void A_division_won_by_votes_to_votes_is_no_majority() =>
        Assert.DoesNotContain(Extract.Filed("In the 2023 Eastfield by-election, Labour won by 300 votes to 200.", ByElectionNight),
            f => f.Kind == FigureKind.Majority);

    [Fact]
    public void A_share_of_those_cast_is_a_share_of_the_vote() =>
        Assert.Contains(("labour-leadership-election-2016", "John Roe", FigureKind.Share, 61.8m),
            Extract.Filed("In the 2016 Labour leadership election, John Roe won 313,209 votes, 61.8% of those cast.", new DateOnly(2016, 9, 24), "John Roe"));

    [Theory]
    [InlineData(FigureKind.Votes, 193229)]
    [InlineData(FigureKind.Share, 38.2)]
    public void A_count_and_share_against_and_for_a_rival_are_the_rivals(FigureKind kind, decimal value) =>
        Assert.Contains(("labour-leadership-election-2016", "Jane Doe", kind, value),
            Extract.Filed("In the 2016 Labour leadership election, John Roe won 313,209 votes, 61.8% of those cast, against 193,229 votes, or 38.2%, for Jane Doe.", new DateOnly(2016, 9, 24), "John Roe", "Jane Doe"));

    [Theory]
    [InlineData(FigureKind.Seats, 411)]
    [InlineData(FigureKind.Majority, 174)]
    [InlineData(FigureKind.Share, 33.7)]
    public void A_party_told_by_its_leaders_name_after_its_win_is_that_party(FigureKind kind, decimal value) =>
        Assert.Contains(("uk-general-election-2024", "Labour", kind, value),
            Extract.Filed("Labour has won the general election by a landslide.\nJohn Roe's party won 411 seats, giving it a majority of 174, on 33.7% of the vote.", new DateOnly(2024, 7, 5), "John Roe"));

    [Fact]
    public void A_leaders_party_is_not_the_party_of_a_sentence_before_that_did_not_win() =>
        Assert.DoesNotContain(Extract.Filed("Labour lost ground in the general election.\nJohn Roe's party won 411 seats.", new DateOnly(2024, 7, 5), "John Roe"),
            f => f.Value == 411m);

    [Fact]
    public void Seats_won_of_a_parliament_named_in_full_are_the_partys_and_the_whole_no_ones()
    {
        var filed = Extract.Filed("The SNP has won the Scottish Parliament election.\nThe SNP won 63 of the Scottish Parliament's 129 seats, six fewer than in 2011.", new DateOnly(2016, 5, 7));
        Assert.Contains(("scottish-parliament-2016", "SNP", FigureKind.Seats, 63m), filed);
        Assert.DoesNotContain(filed, f => f.Value == 129m);
    }
}
