using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A report that names its by-election only as "the by-election", and its seat only as the one a party held
/// (invented wording): the seat held is the by-election's, and what the report tells from its first sentence is its.</summary>
public class BareByElectionTests
{
    private static readonly DateOnly NextMorning = new(2021, 12, 3);

    private const string Report = "The Conservatives kept Westfield and Eastbrook in the early hours of this morning.\n"
        + "Jo Pike won 11,189 votes, or 51.5 per cent, and turnout was 33.5%.\n"
        + "The by-election was called after the MP died in October.";

    [Fact]
    public void The_seat_held_is_the_bare_by_elections_and_of_the_reports_year() =>
        Assert.Equal([(ElectionKind.ByElection, "Westfield and Eastbrook", 2021)], Extract.Elections(Report, NextMorning));

    [Fact]
    public void What_the_report_tells_before_it_names_the_by_election_is_the_by_elections()
    {
        var filed = Extract.Filed(Report, NextMorning, "Jo Pike");
        Assert.Contains(("westfield-and-eastbrook-by-election-2021", "Jo Pike", FigureKind.Votes, 11189m), filed);
        Assert.Contains(("westfield-and-eastbrook-by-election-2021", "-", FigureKind.Turnout, 33.5m), filed);
    }

    [Theory]
    [InlineData("The Conservatives kept Westfield in the early hours of this morning, and Labour took Eastbrook.\nThe by-election was called after the MP died.")]
    [InlineData("The Conservatives kept Westfield and Eastbrook in the early hours of this morning.\nThe result was called after a recount.")]
    public void Two_seats_held_or_no_by_election_named_make_no_by_election(string text) =>
        Assert.DoesNotContain(Extract.Elections(text, NextMorning), e => e.Kind == ElectionKind.ByElection);
}
