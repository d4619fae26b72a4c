using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>General elections named as the years others are measured against, or as a list "of" years: texts written
/// for each wording.</summary>
public class MeasuredYearTests
{
    private static readonly DateOnly June2015 = new(2015, 6, 1);

    [Theory]
    [InlineData("The Conservatives have not won a general election outright since 1992.", 1992)]
    [InlineData("The Conservatives have not won an outright majority since 1992.", 1992)]
    [InlineData("It was the party's worst general election result since 1983.", 1983)]
    public void A_year_a_general_election_is_measured_against_is_that_years_contest(string text, int year) =>
        Assert.Contains((ElectionKind.General, "UK", year), Extract.Elections(text, June2015));

    [Fact]
    public void The_general_elections_of_a_list_of_years_are_each_a_contest() =>
        Assert.Equal([(ElectionKind.General, "UK", 2001), (ElectionKind.General, "UK", 2005)],
            Extract.Elections("The general elections of 2001 and 2005 saw low turnouts.", June2015));

    [Theory]
    [InlineData("Labour won 232 seats last month, its worst general election result since 1983.", "Labour", FigureKind.Seats, 232)]
    [InlineData("The Conservatives won a majority of 12 in May, their first general election win since 1992.", "Conservative", FigureKind.Majority, 12)]
    public void The_year_measured_against_neither_dates_the_contest_in_view_nor_owns_its_figure(string text, string owner, FigureKind kind, int value) =>
        Assert.Equal([("uk-general-election-2015", owner, kind, (decimal)value)], Extract.Filed(text, June2015, "Jane Doe"));

    [Theory]
    [InlineData("Turnout was 72%, higher than at any general election since 1992.")]
    [InlineData("Turnout was 72%, higher than in any general election since the war.")]
    public void A_kind_of_contest_measured_against_leaves_the_figure_to_the_contest_in_view(string text) =>
        Assert.Contains(("referendum-in-uk-2016", "-", FigureKind.Turnout, 72m),
            Extract.Filed("In Thursday's referendum the country voted 52-48 to leave the European Union.\n" + text, new DateOnly(2016, 6, 26), "Jane Doe"));
}
