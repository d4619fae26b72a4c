using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A council's result told as a council that fell, a list won in a sentence of local elections, seats told as
/// councillors, and the turnout of the round's region after a council's result. Texts written here, places invented.</summary>
public class CouncilWonWordingTests
{
    private static readonly DateOnly May2022 = new(2022, 5, 7);

    [Theory]
    [InlineData("Westfield council, run by the Tories since 1978, went to Labour, which now has 35 councillors.")]
    [InlineData("Westfield City Council was won by Labour for the first time.")]
    [InlineData("Westfield Council fell to Labour.")]
    public void A_council_that_fell_or_was_won_is_its_elections(string sentence) =>
        Assert.Contains((ElectionKind.Local, "Westfield", 2022), Extract.Elections("Labour did well at the local elections.\n" + sentence, May2022));

    [Fact]
    public void Places_won_in_a_sentence_that_names_the_local_elections_are_councils()
    {
        var found = Extract.Elections("Labour seized three Tory flagships in the local elections, winning Westfield, Eastbrook and Northfield.", May2022);
        Assert.Contains((ElectionKind.Local, "Westfield", 2022), found);
        Assert.Contains((ElectionKind.Local, "Eastbrook", 2022), found);
        Assert.Contains((ElectionKind.Local, "Northfield", 2022), found);
    }

    [Fact]
    public void Councillors_a_party_ended_up_with_are_its_seats() =>
        Assert.Contains(("northfield-local-elections-2022", "Labour", FigureKind.Seats, 41m),
            Extract.Filed("Labour seized three Tory flagships in the local elections, winning Westfield, Eastbrook and Northfield.\nIn Northfield, Labour ended up with 41 councillors and the Tories 22.", May2022));

    [Fact]
    public void The_party_after_a_sentence_it_opens_is_that_one_not_the_last_named() =>
        Assert.Contains(("westfield-local-elections-2022", "Labour", FigureKind.Seats, 35m),
            Extract.Filed("Labour has taken control of Westfield council for the first time, ending decades of Conservative rule.\nThe party won 35 of the 58 seats.", May2022));

    [Fact]
    public void A_councils_seats_out_of_its_own_are_no_second_figure() =>
        Assert.Equal([31m], Extract.Filed("Labour did well at the local elections.\nWestfield City Council was won by Labour, with 31 of its 54 seats.", May2022).Select(f => f.Value));

    [Fact]
    public void The_turnout_across_the_region_after_a_councils_result_is_the_rounds_for_the_region()
    {
        var result = Extract.From("Labour did well at the local elections.\nIn Westfield, Labour won 35 seats.\nTurnout across London was 34 per cent.", May2022);
        Assert.Contains(result.Figures, f => f is { ElectionSlug: "england-local-elections-2022", Kind: FigureKind.Turnout, Part: "London" } && f.Value.Value == 34m);
    }
}
