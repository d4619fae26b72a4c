using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Other countries' national elections dated by the calendar of their polling days, as a reader dates
/// them without thinking; one test per rule, on texts written here.</summary>
public class NationalCalendarTests
{
    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text, DateOnly published) =>
        Extract.From(text, published).Elections.Select(e => (e.Kind, e.Area, e.Year)).ToList();

    [Theory]
    [InlineData("The German election changed the Bundestag.", 2017, 10, 30, "Germany", 2017)]
    [InlineData("The last Canadian election was won by the Liberals.", 2018, 6, 1, "Canada", 2015)]
    [InlineData("Voters in Spain went to the polls in the Spanish general election, and the Socialists won.", 2019, 5, 3, "Spain", 2019)]
    public void A_countrys_election_named_without_a_year_is_the_one_its_calendar_holds_near_the_date(string text, int y, int m, int d, string area, int year) =>
        Assert.Equal([(ElectionKind.Foreign, area, year)], Found(text, new DateOnly(y, m, d)));

    [Fact]
    public void A_stated_year_older_than_the_calendar_is_taken_as_written() =>
        Assert.Equal([(ElectionKind.Foreign, "Germany", 1990)], Found("Helmut Kohl won the 1990 German election.", new DateOnly(2017, 10, 30)));

    [Theory]
    [InlineData("Michael D Higgins won the 2018 Irish presidential election.", "Ireland")]
    [InlineData("The CDU lost ground in the 2018 German state elections.", "Germany")]
    public void A_round_the_national_calendar_does_not_hold_keeps_its_stated_year(string text, string area) =>
        Assert.Equal([(ElectionKind.Foreign, area, 2018)], Found(text, new DateOnly(2019, 2, 8)));

    [Fact]
    public void A_stated_year_the_calendar_holds_no_election_in_is_not_that_countrys_national_election() =>
        Assert.Empty(Found("The Canadian election of 2012 was close.", new DateOnly(2019, 2, 8)));
}
