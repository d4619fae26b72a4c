using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Figures told of the same contest some years before: a sentence set in that year, a party's members then,
/// and a by-election's seat at the general election before. Texts written here.</summary>
public class YearsBeforeTests
{
    private static readonly DateOnly May2015 = new(2015, 5, 9);
    private static readonly DateOnly May2018 = new(2018, 5, 5);
    private static readonly DateOnly December2021 = new(2021, 12, 3);

    private const string GeneralHeld = "Labour won 232 seats in Thursday's general election.";
    private const string CouncilHeld = "The Conservatives kept control of Ashford in Thursday's council elections, winning 30 of the 45 seats, with Labour on 12.";
    private const string SeatHeld = "The Conservatives held Westfield and Eastbrook in the early hours of this morning, but Jane Doe's majority of 4,478 was less than a quarter of the 18,952 won two years ago.";

    [Fact]
    public void A_sentence_opening_so_many_years_ago_tells_its_figures_of_the_contest_then() =>
        Assert.Contains(("uk-general-election-2010", "Labour", FigureKind.Seats, 258m), Extract.Filed(GeneralHeld + "\nFive years ago Labour had 258 seats.", May2015));

    [Fact]
    public void A_sentence_opening_in_a_year_with_no_such_contest_files_nothing_under_the_one_in_view() =>
        Assert.DoesNotContain(Extract.Filed(GeneralHeld + "\nFour years ago, Jane Doe won 20,000 votes.", May2015, "Jane Doe"), f => f.Value == 20000m);

    [Fact]
    public void A_turn_back_to_now_ends_the_years_before() =>
        Assert.Contains(("uk-general-election-2015", "Labour", FigureKind.Seats, 232m),
            Extract.Filed("Labour won Thursday's general election with a majority of 12.\nFive years ago the party was out of power, but now Labour has 232 seats.", May2015));

    [Fact]
    public void A_partys_councillors_some_years_ago_are_its_seats_at_the_council_election_then()
    {
        var filed = Extract.Filed(CouncilHeld + "\nThat compares with 38 Conservative councillors four years ago.", May2018);
        Assert.Contains(filed, f => f is { Subject: "Conservative", Kind: FigureKind.Seats, Value: 38m } && f.Slug.EndsWith("-2014", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partys_MPs_in_a_year_are_its_seats_then() =>
        Assert.Contains(("uk-general-election-2010", "Labour", FigureKind.Seats, 258m), Extract.Filed(GeneralHeld + "\nThat compares with 258 Labour MPs in 2010.", May2015));

    [Theory]
    [InlineData("More than 50 Labour MPs signed the letter.")]
    [InlineData("The party had 32 Conservative councillors before the election.")]
    [InlineData("The whips moved against 12 Labour MPs.")]
    [InlineData("The committee has 11 Labour MPs.")]
    public void Members_of_a_party_told_of_no_result_are_no_seats(string sentence) =>
        Assert.DoesNotContain(Extract.Filed(GeneralHeld + "\n" + sentence, May2015), f => f.Value is 50m or 32m or 12m or 11m);

    [Fact]
    public void A_by_elections_turnout_years_before_is_the_seats_at_that_general_election() =>
        Assert.Contains(("westfield-and-eastbrook-2019", "-", FigureKind.Turnout, 69m),
            Extract.Filed(SeatHeld + "\nTurnout was low at 33.5 per cent, compared with about 69 per cent two years ago.", December2021, "Jane Doe"));

    [Fact]
    public void A_turnout_against_the_last_general_election_named_after_it_is_the_seats_then_not_the_one_before()
    {
        var filed = Extract.Filed(SeatHeld + "\nTurnout was just 33.5 per cent, against nearly 70 per cent at the last general election.", December2021, "Jane Doe");
        Assert.Contains(("westfield-and-eastbrook-2019", "-", FigureKind.Turnout, 70m), filed);
        Assert.Contains(("westfield-and-eastbrook-by-election-2021", "-", FigureKind.Turnout, 33.5m), filed);
    }
}
