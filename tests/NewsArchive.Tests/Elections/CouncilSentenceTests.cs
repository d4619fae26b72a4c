using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A report of London's council elections, sentence by sentence: which council a sentence's seats are, and
/// which year. Texts written here.</summary>
public class CouncilSentenceTests
{
    private static readonly DateOnly May2018 = new(2018, 5, 5);

    private const string Round = "Labour made gains in the London local elections, but the Conservatives held Wandsworth and Westminster.\n"
        + "In Westminster the Conservatives won 41 seats and Labour 19.\n";

    [Fact]
    public void A_sentence_that_opens_on_a_council_and_a_where_clause_is_that_councils()
    {
        var filed = Extract.Filed(Round + "Sutton, where the Liberal Democrats have governed since 1986, was the night's surprise: the Conservatives won 29 seats to the Liberal Democrats' 25.", May2018);
        Assert.Contains(("sutton-local-elections-2018", "Conservative", FigureKind.Seats, 29m), filed);
        Assert.DoesNotContain(filed, f => f.Slug.StartsWith("westminster", StringComparison.Ordinal) && f.Value == 29m);
    }

    [Fact]
    public void A_year_in_a_relative_clause_after_the_seats_is_not_theirs() =>
        Assert.Contains(("merton-local-elections-2018", "Liberal Democrats", FigureKind.Seats, 17m), Extract.Filed(
            Round + "In Merton the Liberal Democrats won 17 seats, ousting a Labour group that had itself taken 34 in 2014.", May2018));

    [Fact]
    public void A_year_told_straight_after_the_seats_is_still_theirs() =>
        Assert.Contains(("merton-local-elections-2014", "Labour", FigureKind.Seats, 34m), Extract.Filed(
            Round + "In Merton, Labour won 34 seats in 2014, which was its best result there.", May2018));

    [Fact]
    public void London_councils_listed_as_held_are_of_Londons_round()
    {
        var result = Extract.From("The Conservatives held on to their flagship London boroughs of Wandsworth and Westminster.\n"
            + "Labour won 1,100 council seats across London.", May2018);
        Assert.Contains(result.Elections, e => e is { Kind: ElectionKind.Local, Area: "London", Year: 2018 });
        Assert.Contains(result.Figures, f => f is { ElectionSlug: "london-local-elections-2018", Party: "Labour", Kind: FigureKind.Seats, Value.Value: 1100m });
    }

    [Fact]
    public void Councils_listed_with_no_word_of_London_are_no_round_of_Londons() =>
        Assert.DoesNotContain(Extract.From("The Conservatives held on to their flagship councils of Trafford and Solihull.", May2018).Elections,
            e => e is { Kind: ElectionKind.Local, Area: "London" });

    [Fact]
    public void A_partys_best_tally_since_a_year_is_its_total_not_a_count_under_way() =>
        Assert.Equal(FigureStatus.Result, Extract.From("Labour made gains in the London local elections.\n"
            + "Labour won 1,100 council seats across London, its best tally since 1971.", May2018).Figure(FigureKind.Seats).Status);

    [Fact]
    public void Seats_won_before_a_clause_of_what_a_poll_had_said_are_a_result() =>
        Assert.Contains(("london-local-elections-2018", "Labour", FigureKind.Seats, 1100m), Extract.Filed("Labour made gains in the London local elections.\n"
            + "Labour won 1,100 council seats, its best since 1971, but below expectations set by a YouGov poll in April that put the party on 51 per cent.", May2018));

    [Fact]
    public void Seats_across_the_capital_with_a_council_in_view_are_Londons_round() =>
        Assert.Contains(("london-local-elections-2018", "Labour", FigureKind.Seats, 1100m), Extract.Filed(
            "The Conservatives held their flagship councils of Wandsworth and Westminster.\nIn Richmond upon Thames the Liberal Democrats won 39 seats.\n"
            + "Labour won 1,100 seats across the capital.", May2018));

    [Fact]
    public void Seats_across_the_capital_in_a_year_London_held_no_borough_elections_are_no_round_of_Londons() =>
        Assert.DoesNotContain(Extract.Filed("The Conservatives held their flagship councils of Trafford and Solihull.\nIn Solihull the Conservatives won 39 seats.\n"
            + "Labour won 1,100 seats across the capital.", new DateOnly(2019, 5, 4)), f => f.Slug.StartsWith("london", StringComparison.Ordinal));
}
