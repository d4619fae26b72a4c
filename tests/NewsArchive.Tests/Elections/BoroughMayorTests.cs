using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A borough's mayor told in a report of London's council elections, and London's mayoral race told in a report
/// of its assembly's: which race each is, and where the figures after it go. Texts written here, with invented people.</summary>
public class BoroughMayorTests
{
    private static readonly DateOnly May2018 = new(2018, 5, 5);

    private const string Councils = "The Conservatives held on to their flagship boroughs of Wandsworth and Westminster.";

    [Theory]
    [InlineData("In Tower Hamlets, Labour mayor Jane Doe was re-elected.")]
    [InlineData("Counting was continuing in Tower Hamlets, where Jane Doe was re-elected as mayor.")]
    [InlineData("Labour pointed to gains in boroughs such as Tower Hamlets, where Jane Doe was re-elected as mayor.")]
    public void A_mayor_elected_where_the_sentence_is_set_is_that_places_mayor(string sentence)
    {
        var result = Extract.From(Councils + "\n" + sentence, May2018, "Jane Doe");
        Assert.Contains(result.Elections, e => e is { Kind: ElectionKind.Mayoral, Area: "Tower Hamlets", Year: 2018 });
        Assert.Contains(result.Candidacies, c => c.Candidate == "Jane Doe" && c.ElectionSlug == "tower-hamlets-mayor-2018" && c.Outcome == Outcome.Elected);
    }

    [Fact]
    public void Council_seats_after_a_boroughs_mayor_are_the_boroughs_council_of_that_round() =>
        Assert.Contains(("tower-hamlets-local-elections-2018", "Labour", FigureKind.Seats, 31m), Extract.Filed(
            "Labour made gains in the London local elections.\nCounting was continuing in Tower Hamlets, where Jane Doe was re-elected as mayor. Labour had won 31 council seats there.",
            May2018, "Jane Doe"));

    [Fact]
    public void Another_council_after_a_boroughs_mayor_is_that_council_of_the_same_year() =>
        Assert.Contains(("richmond-upon-thames-local-elections-2018", "Liberal Democrats", FigureKind.Seats, 39m), Extract.Filed(
            Councils + "\nLabour pointed to gains in boroughs such as Tower Hamlets, where Jane Doe was re-elected as mayor.\nThe Liberal Democrats seized Richmond upon Thames, where they won 39 seats to the Tories' 11.",
            May2018, "Jane Doe"));

    [Fact]
    public void The_mayoral_race_in_a_report_of_the_London_Assemblys_election_is_Londons() =>
        Assert.Contains(Extract.From("Reform UK won its first seat on the London Assembly in Thursday's election.\nFor the Conservatives, the loss of a seat added to the pain of Jane Doe's defeat in the mayoral race.",
            new DateOnly(2024, 5, 6), "Jane Doe").Elections, e => e is { Kind: ElectionKind.Mayoral, Area: "London", Year: 2024 });
}
