using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A majority told as cut or slashed, as the subject's own ("its", "his", "the party's"), and a seat lost to its
/// winner by so many votes. Texts written here.</summary>
public class OwnMajorityTests
{
    private static readonly DateOnly May2005 = new(2005, 5, 7);

    private const string ThirdTerm = "Labour has won a historic third term in the general election";

    [Theory]
    [InlineData(ThirdTerm + ". Its majority was cut to 66.")]
    [InlineData(ThirdTerm + ", but with its Commons majority slashed to 66.")]
    [InlineData(ThirdTerm + ", but the party's majority has been cut to 66.")]
    public void A_majority_cut_is_the_subjects(string text) =>
        Assert.Contains(("uk-general-election-2005", "Labour", FigureKind.Majority, 66m), Extract.Filed(text, May2005));

    [Fact]
    public void Her_majority_cut_is_hers() =>
        Assert.Contains(("ashford-by-election-2005", "Jane Doe", FigureKind.Majority, 1766m),
            Extract.Filed("Jane Doe held Ashford for Labour in yesterday's by-election, but her majority was cut to 1,766.", May2005, "Jane Doe"));

    [Fact]
    public void A_seat_lost_to_someone_by_so_many_votes_is_the_winners_majority() =>
        Assert.Contains(("ashford-2005", "John Roe", FigureKind.Majority, 823m),
            Extract.Filed(ThirdTerm + ".\nFormer Labour minister Jane Doe lost Ashford to John Roe of Respect by 823 votes.", May2005, "Jane Doe", "John Roe"));

    [Fact]
    public void A_governments_majority_in_a_vote_of_the_Commons_is_no_result() =>
        Assert.DoesNotContain(Extract.Filed(ThirdTerm + ".\nMPs backed the bill after the minister agreed to changes, but Labour's majority was reduced to 14.", May2005),
            f => f.Value == 14m);

    [Fact]
    public void A_seat_lost_in_a_mayors_report_is_not_the_mayors_race() =>
        Assert.DoesNotContain(Extract.Filed("Jane Doe has been re-elected Mayor of London, beating John Roe in the second round.\nThe victory was a rare bright spot for Labour in a week in which it lost Ashford to the Conservatives by nearly 7,000 votes.",
            new DateOnly(2021, 5, 9), "Jane Doe", "John Roe"), f => f.Value == 7000m);

    [Fact]
    public void It_after_but_is_the_party_before_not_the_last_sentences()
    {
        var filed = Extract.Filed(ThirdTerm + ".\nTen years before, the Conservatives won 165 seats.\nUKIP won 2.2% of the vote, but it took only one seat.", May2005);
        Assert.Contains(("uk-general-election-2005", "UKIP", FigureKind.Seats, 1m), filed);
        Assert.DoesNotContain(filed, f => f.Value == 1m && f.Subject != "UKIP");
    }
}
