using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A mayor's race told as news tells the winner: "London's new mayor", "after crushing her rival by", "The
/// Labour MP for Eastbrook took". Texts written here.</summary>
public class NewMayorWordingTests
{
    private static readonly DateOnly May2016 = new(2016, 5, 7);

    private const string Opening = "Jane Doe is London's new mayor after crushing John Roe by more than 300,000 votes in a count that dragged on past midnight.";

    [Fact]
    public void A_places_new_mayor_names_its_mayoral_election() =>
        Assert.Equal([(ElectionKind.Mayoral, "London", 2016)], Extract.From(Opening, May2016, "Jane Doe", "John Roe").Elections.Select(e => (e.Kind, e.Area, e.Year)));

    [Fact]
    public void A_rival_crushed_by_some_votes_gives_the_winner_a_majority() =>
        Assert.Equal([("london-mayor-2016", "Jane Doe", FigureKind.Majority, 300000m)], Extract.Filed(Opening, May2016, "Jane Doe", "John Roe"));

    [Fact]
    public void The_winner_told_by_the_seat_she_holds_in_parliament_is_the_winner()
    {
        var filed = Extract.Filed(Opening + "\nThe Labour MP for Eastbrook took 1,310,143 votes once second preferences were added in, a split of 56.8% to 43.2%.",
            May2016, "Jane Doe", "John Roe");
        Assert.Contains(("london-mayor-2016", "Jane Doe", FigureKind.Votes, 1310143m), filed);
        Assert.Contains(("london-mayor-2016", "Jane Doe", FigureKind.Share, 56.8m), filed);
    }

    [Theory]
    [InlineData("John Smith, who did not seek a third term, beat Labour's Ann Poe by 51.5% to 48.5% on the final count in 2012.")]
    [InlineData("Turnout rose to 45.3%, compared with 38.1% four years ago, when John Smith held off Ann Poe by 51.5% to 48.5% on the final count.")]
    public void A_pair_told_of_an_earlier_year_is_that_years_both(string sentence)
    {
        var filed = Extract.Filed(Opening + "\n" + sentence, May2016, "Jane Doe", "John Roe", "John Smith", "Ann Poe");
        Assert.Contains(("london-mayor-2012", "John Smith", FigureKind.Share, 51.5m), filed);
        Assert.Contains(("london-mayor-2012", "Ann Poe", FigureKind.Share, 48.5m), filed);
        Assert.DoesNotContain(filed, f => f.Slug == "london-mayor-2016" && f.Kind == FigureKind.Share);
    }

    [Fact]
    public void A_figure_of_another_party_is_not_the_winners()
    {
        var filed = Extract.Filed(Opening + "\nThe Labour MP for Eastbrook took 1,310,143 votes, against 994,614 for her Conservative rival, a split of 56.8% to 43.2%.",
            May2016, "Jane Doe", "John Roe");
        Assert.DoesNotContain(filed, f => f.Value == 43.2m && f.Subject == "Jane Doe");
    }
}
