using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Councils reported in the days after England's local round, with no word "election" ("held their flagship
/// councils of Westfield and Eastbrook"), and counts told while they go on. Texts written here.</summary>
public class CouncilRoundNewsTests
{
    private static readonly DateOnly May2018 = new(2018, 5, 5);

    [Theory]
    [InlineData("The Conservatives held their flagship councils of Westfield and Eastbrook today.")]
    [InlineData("The Conservatives held on to their flagship boroughs of Westfield and Eastbrook.")]
    public void Councils_held_just_after_the_round_were_elected_in_it(string text) =>
        Assert.Equal([(ElectionKind.Local, "Eastbrook", 2018), (ElectionKind.Local, "Westfield", 2018)], Extract.Elections(text, May2018).Order());

    [Fact]
    public void A_council_opened_on_after_it_was_named_held_gets_its_seats() =>
        Assert.Equal([("westfield-local-elections-2018", "Conservative", FigureKind.Seats, 33m), ("westfield-local-elections-2018", "Labour", FigureKind.Seats, 26m)],
            Extract.Filed("The Conservatives held their flagship councils of Westfield and Eastbrook today.\nIn Westfield, run by the Tories since 1978, the Conservatives won 33 seats to Labour's 26.", May2018));

    [Fact]
    public void With_no_round_named_a_council_opening_its_clause_is_that_councils() =>
        Assert.Contains(("northfield-local-elections-2018", "Conservative", FigureKind.Seats, 38m),
            Extract.Filed("The Conservatives held their flagship councils of Westfield and Eastbrook today.\nEastbrook stayed blue by 41 seats to 19, while in Northfield the Tories took outright control with 38 of the 63 seats.", May2018));

    [Fact]
    public void With_no_round_named_a_council_opened_on_before_a_pronoun_is_that_councils() =>
        Assert.Equal([("northfield-local-elections-2018", "Conservative", FigureKind.Seats, 38m)],
            Extract.Filed("The Conservatives held their flagship councils of Westfield and Eastbrook today.\nIn Northfield they won 38 seats.", May2018));

    [Fact]
    public void With_no_round_named_a_council_seized_is_that_councils() =>
        Assert.Contains(("southfield-local-elections-2018", "Liberal Democrats", FigureKind.Seats, 39m),
            Extract.Filed("The Conservatives held their flagship councils of Westfield and Eastbrook today.\nThe Liberal Democrats had the best day of anyone, seizing Southfield, where they won 39 seats to the Tories' 11.", May2018));

    [Fact]
    public void Seats_on_a_council_told_just_after_the_round_are_that_rounds() =>
        Assert.Equal([("westfield-local-elections-2018", "Labour", FigureKind.Seats, 20m)], Extract.Filed("Labour won 20 seats on Westfield council.", May2018));

    [Fact]
    public void A_council_won_months_after_the_round_has_no_year_from_it() =>
        Assert.Empty(Extract.Elections("Labour won 20 seats on Westfield council.", new DateOnly(2018, 11, 5)));

    [Theory]
    [InlineData("Labour has taken control of Westfield council for the first time.")]
    [InlineData("Labour seized overall control of Westfield Borough Council.")]
    public void CouncilWon_control_of_a_council_taken_just_after_the_round_is_its_election(string text) =>
        Assert.Equal([("westfield-local-elections-2018", "Labour", FigureKind.Seats, 31m)], Extract.Filed(text + "\nThe party won 31 of the 54 seats.", May2018));

    [Fact]
    public void CouncilWon_control_taken_months_after_the_round_has_no_year_from_it() =>
        Assert.Empty(Extract.Elections("Labour has taken control of Westfield council.", new DateOnly(2018, 11, 5)));

    [Theory]
    [InlineData("In Thursday's local elections, Labour did well.")]
    [InlineData("In Thursday’s council elections Labour did well.")]
    public void A_days_name_opening_the_sentence_is_no_place_the_round_is_Englands(string text) =>
        Assert.Equal([(ElectionKind.Local, "England", 2018)], Extract.Elections(text, May2018));

    [Fact]
    public void A_council_held_with_its_councillors_gets_them_as_seats() =>
        Assert.Equal([("westfield-local-elections-2018", "Conservative", FigureKind.Seats, 41m), ("westfield-local-elections-2018", "Labour", FigureKind.Seats, 19m)],
            Extract.Filed("In Thursday's local elections, the Conservatives held Westfield with 41 councillors against Labour's 19.", May2018));

    [Theory]
    [InlineData("Provisional turnout was put at around 41 per cent.")]
    [InlineData("With most wards declared, Labour had won 31 seats.")]
    [InlineData("Early figures put turnout at about 41 per cent.")]
    [InlineData("Early results put turnout at about 41 per cent.")]
    public void A_count_told_before_it_ends_is_a_tally(string text) =>
        Assert.Equal(FigureStatus.Tally, Extract.From("The Greens won 2 seats on Westfield council.\n" + text, May2018).Figures.Last().Status);
}
