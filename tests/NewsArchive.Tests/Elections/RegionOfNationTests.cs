using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A general election told for London or another English region, a European election or the EU referendum for
/// a region or a counting area: the region's figures, kept as the region's (a part of the electorate), never the UK's.
/// Texts written here.</summary>
public class RegionOfNationTests
{
    private static readonly DateOnly July2024 = new(2024, 7, 5);

    [Theory]
    [InlineData("Labour won 59 of London's 75 seats in the general election.", "Labour", 59)]
    [InlineData("Labour won 59 of London's 75 parliamentary seats at Thursday's general election.", "Labour", 59)]
    [InlineData("In the general election, Labour won 59 seats in London.", "Labour", 59)]
    [InlineData("In the general election the Conservatives took 20% of the vote across London.", "Conservative", 20)]
    [InlineData("Labour tightened its grip at the general election, winning 59 of the capital's 75 seats.", "Labour", 59)]
    [InlineData("At the general election the Liberal Democrats took 14 per cent of the London vote.", "Liberal Democrats", 14)]
    [InlineData("At the general election the Tories' vote share in the capital rose to 32 per cent.", "Conservative", 32)]
    public void A_partys_figure_in_a_region_is_the_regions(string text, string party, int value) =>
        Assert.Equal([(party, value, "London")], Extract.From(text, July2024).Figures.Select(f => (f.Party, (int)f.Value.Value, f.Part)));

    [Fact]
    public void A_regions_turnout_is_kept_as_the_regions() =>
        Assert.Equal([(57.3m, "London")],
            Extract.From("Labour won the general election.\nTurnout in London was 57.3%.", July2024).Figures.Where(f => f.Kind == FigureKind.Turnout).Select(f => (f.Value.Value, f.Part)));

    [Fact]
    public void A_figure_its_own_clause_calls_national_is_the_wholes_beside_a_regions()
    {
        var result = Extract.From("Even in 2010, when the Conservatives won 306 seats nationally, Labour held 38 seats in London.", July2024);
        Assert.Contains(result.Figures, f => f is { Party: "Conservative", Kind: FigureKind.Seats, ElectionSlug: "uk-general-election-2010", Part: null } && f.Value.Value == 306);
        // Its year is not read: the opening "in 2010" is the clause of "when"'s, and the region's clause states none.
        Assert.Contains(result.Figures, f => f is { Party: "Labour", Kind: FigureKind.Seats, Part: "London" } && f.Value.Value == 38);
    }

    [Theory]
    [InlineData("Labour won 412 seats in the general election.", "Labour", 412)]
    [InlineData("The SNP won 56 of Scotland's 59 seats in the general election.", "SNP", 56)]
    public void A_national_figure_or_a_nations_own_partys_stays(string text, string party, int seats) =>
        Assert.Contains(Extract.From(text, July2024).Figures, f => f.Party == party && f.Kind == FigureKind.Seats && f.Value.Value == seats);

    [Theory]
    [InlineData("UKIP has won the European elections.\nIn London, Labour topped the poll with 36.7%, and UKIP won its first London seat.", 2014, 36.7, "London")]
    [InlineData("UKIP has won the European elections.\nIn Wales, Labour won 28.1% of the vote.", 2014, 28.1, "Wales")]
    [InlineData("The United Kingdom has voted to leave the European Union.\nIn Lambeth, Remain took 78.6%, the highest share of any area.", 2016, 78.6, "Lambeth")]
    public void A_figure_of_a_region_or_an_area_in_a_vote_across_the_UK_is_the_parts(string text, int year, decimal value, string part) =>
        Assert.Equal([part], Extract.From(text, new DateOnly(year, year == 2014 ? 5 : 6, 26)).Figures.Where(f => f.Value.Value == value).Select(f => f.Part));

    [Fact]
    public void A_UK_wide_figure_of_a_European_election_stays() =>
        Assert.Contains(Extract.From("UKIP has won the European elections.\nUKIP took 27.5% of the vote.", new DateOnly(2014, 5, 26)).Figures,
            f => f.Party == "UKIP" && f.Kind == FigureKind.Share && f.Value.Value == 27.5m);
}
