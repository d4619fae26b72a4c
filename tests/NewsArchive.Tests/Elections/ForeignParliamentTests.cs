using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Another country's election told by its parliament's name ("282 of the 543 elected seats in the Lok Sabha"),
/// and a British aside in its report, which stays Britain's. Texts written here.</summary>
public class ForeignParliamentTests
{
    private static readonly DateOnly Spring2014 = new(2014, 5, 19);

    private static readonly DateOnly Autumn2013 = new(2013, 9, 24);

    [Theory]
    [InlineData("The count is over. The Modern Front had won 282 of the 543 elected seats in the Lok Sabha, enough to govern alone.", "India")]
    [InlineData("The count is over. The Modern Front took 311 seats in the new Bundestag, short of a majority.", "Germany")]
    [InlineData("The count is over. The Modern Front won 35 seats in the Knesset.", "Israel")]
    [InlineData("The count is over. The Modern Front won 120 seats in the State Duma.", "Russia")]
    public void Seats_in_a_parliament_only_one_country_has_are_its_election(string text, string country) =>
        Assert.Contains(Extract.Elections(text, Spring2014), e => e.Kind == ElectionKind.Foreign && e.Area == country);

    [Fact]
    public void A_party_that_had_won_seats_is_their_subject_and_the_count_is_a_result()
    {
        var figure = Assert.Single(Extract.From("The count is over. The Modern Front (MF) had won 282 of the 543 elected seats in the Lok Sabha.", Spring2014).Figures);
        Assert.Equal(("india-election-2014", FigureStatus.Result, 282m), (figure.ElectionSlug, figure.Status, figure.Value.Value));
        Assert.NotNull(figure.Party);
    }

    /// <summary>"with 40 of the 73 seats declared" is still a count under way.</summary>
    [Fact]
    public void Seats_declared_so_far_are_still_a_tally() =>
        Assert.All(Extract.From("With 40 of the 73 seats declared, the Modern Front had 22 seats in the Bundestag.", Autumn2013).Figures,
            f => Assert.Equal(FigureStatus.Tally, f.Status));

    [Fact]
    public void A_british_aside_in_a_report_from_abroad_is_britains_election()
    {
        var filed = Extract.Filed("Turnout in India reached 66.4%, a record for India.\nBritish readers may recall that Labour won its third term in 2005 on 35.2%.", Spring2014);
        Assert.DoesNotContain(filed, f => f.Slug == "india-election-2005");
        Assert.DoesNotContain(filed, f => f.Value == 35.2m && f.Slug.StartsWith("india", StringComparison.Ordinal));
    }
}
