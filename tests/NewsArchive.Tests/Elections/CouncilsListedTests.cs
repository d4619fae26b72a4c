using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Councils named only in a list of places held, won or lost, in a sentence that calls them councils or
/// boroughs, with no word "election" in the report. Texts written here, places invented.</summary>
public class CouncilsListedTests
{
    private static readonly DateOnly May2018 = new(2018, 5, 5);

    [Theory]
    [InlineData("Labour's hopes of storming the flagship councils came to nothing yesterday, as the Tories held Westfield, Eastbrook and Northfield and Southfield and strengthened their grip on Oakham.")]
    [InlineData("The Conservatives have held on to Westfield and Eastbrook, two of their flagship councils, but lost Northfield and Southfield to the Liberal Democrats.")]
    public void Places_held_or_lost_in_a_sentence_of_councils_are_their_councils_elections(string text)
    {
        var found = Extract.Elections(text, May2018).Order().ToList();
        Assert.Contains((ElectionKind.Local, "Westfield", 2018), found);
        Assert.Contains((ElectionKind.Local, "Eastbrook", 2018), found);
        Assert.True(found.Contains((ElectionKind.Local, "Northfield and Southfield", 2018))
            || (found.Contains((ElectionKind.Local, "Northfield", 2018)) && found.Contains((ElectionKind.Local, "Southfield", 2018))));
    }

    [Fact]
    public void The_seats_after_it_go_to_the_council_named_in_the_list() =>
        Assert.Equal([("eastbrook-local-elections-2018", "Conservative", FigureKind.Seats, 41m), ("eastbrook-local-elections-2018", "Labour", FigureKind.Seats, 19m)],
            Extract.Filed("Labour's hopes of storming the flagship councils came to nothing yesterday, as the Tories held Westfield and Eastbrook.\nIn Eastbrook the Conservatives won 41 seats and Labour 19.", May2018));

    [Fact]
    public void A_listed_council_named_again_is_the_one_the_next_sentence_reports() =>
        Assert.Equal([("westfield-local-elections-2018", "Conservative", FigureKind.Seats, 33m), ("westfield-local-elections-2018", "Labour", FigureKind.Seats, 26m)],
            Extract.Filed("Labour's hopes of storming the flagship councils came to nothing yesterday, as the Tories held Westfield, Eastbrook and Northfield.\n"
                + "Labour had talked up its chances in Westfield, run by the Conservatives since 1978.\nIn the event the Tories won 33 seats to Labour's 26.", May2018));

    [Theory]
    [InlineData("The Conservatives held Westfield and Eastbrook in the general election, the council leader said.")]
    [InlineData("Labour held Westfield, the by-election the council had dreaded.")]
    [InlineData("The Tories held Westfield and Eastbrook.")]
    public void Seats_in_parliament_or_no_word_of_councils_are_left_to_other_rules(string text) =>
        Assert.DoesNotContain(Extract.Elections(text, May2018), e => e.Kind == ElectionKind.Local);

    [Fact]
    public void A_list_goes_on_after_a_party_reduced_to_so_many_and_after_leaving_a_party_on_so_many()
    {
        var found = Extract.Filed("The Liberal Democrats took control of Westfield council, winning 39 of the 54 seats, with the Conservatives reduced to 11 and the Greens taking four.\n"
            + "In Eastbrook council elections the Tories took outright control with 38 of the 63 seats, leaving Labour on 25.", May2018);
        Assert.Contains(("westfield-local-elections-2018", "Conservative", FigureKind.Seats, 11m), found);
        Assert.Contains(("westfield-local-elections-2018", "Green Party", FigureKind.Seats, 4m), found);
        Assert.Contains(("eastbrook-local-elections-2018", "Labour", FigureKind.Seats, 25m), found);
    }

    [Fact]
    public void A_place_gained_in_a_sentence_of_the_council_is_its_councils_election_and_the_seats_after_it_are_its()
    {
        var found = Extract.Filed("The Conservatives have held on to Westfield and Eastbrook, two of their flagship councils.\n"
            + "Eastbrook was more clear-cut: the Conservatives won 41 seats and Labour 19.\n"
            + "The Tories also gained Northfield, where control of the council had been on a knife edge. They won 38 seats to Labour's 25.", May2018);
        Assert.Contains(("northfield-local-elections-2018", "Conservative", FigureKind.Seats, 38m), found);
        Assert.DoesNotContain(("eastbrook-local-elections-2018", "Conservative", FigureKind.Seats, 38m), found);
    }
}
