using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A general election night's report of seats: each seat named beside its winner is that seat's contest,
/// part of the general election, and its figures are the winner's; what no seat owns stays the general election's.
/// Texts written here, with invented seats and people.</summary>
public class GeneralElectionSeatTests
{
    private static readonly DateOnly June2017 = new(2017, 6, 9);

    private static readonly string[] People = ["Jane Doe", "John Roe", "Ann Poe"];

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Figures(string text) =>
        Extract.From(text, June2017, People).Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Theory]
    [InlineData("In the general election, Jane Doe held Westfield and Eastbury with a majority of 7,210.")]
    [InlineData("Jane Doe held Westfield and Eastbury with an increased majority of 7,210 in the general election.")]
    [InlineData("Labour's Jane Doe took Westfield and Eastbury from the Conservatives by just 7,210 votes, the last result of the general election.")]
    [InlineData("In the general election, Jane Doe regained Westfield and Eastbury for the Liberal Democrats with a majority of 7,210.")]
    [InlineData("In Westfield and Eastbury, Jane Doe held on by 7,210 votes in the general election.")]
    [InlineData("Westfield and Eastbury fell to Jane Doe, who beat John Roe by 7,210 votes in the general election.")]
    [InlineData("In the general election, John Roe lost Westfield and Eastbury to Jane Doe, who won by 7,210 votes.")]
    [InlineData("In the general election, Labour gained Westfield and Eastbury, where Jane Doe beat John Roe by 7,210 votes.")]
    [InlineData("In the general election, Labour also took Westfield and Eastbury, won by Jane Doe with a majority of 7,210.")]
    [InlineData("In Westfield and Eastbury, the Conservative Jane Doe survived by 7,210 votes in the general election.")]
    [InlineData("Jane Doe, who held Westfield and Eastbury with a majority of 7,210, said the general election had been hard fought.")]
    [InlineData("In the general election, Westfield and Eastbury stayed Conservative, with Jane Doe re-elected with a majority of 7,210.")]
    [InlineData("In the general election, Westfield and Eastbury also fell to Labour, with Jane Doe elected with a majority of 7,210.")]
    [InlineData("In the general election, Labour took Westfield and Eastbury for the first time, Jane Doe winning by 7,210 votes.")]
    [InlineData("In Westfield and Eastbury, Jane Doe of Respect ousted John Roe by 7,210 votes in the general election.")]
    [InlineData("In Westfield and Eastbury, Jane Doe unseated John Roe by 7,210 votes in the general election.")]
    public void A_seat_named_beside_its_winner_is_its_own_contest_of_the_general_election(string text)
    {
        var result = Extract.From(text, June2017, People);
        var seat = Assert.Single(result.Elections, e => e.Kind == ElectionKind.Constituency);
        Assert.Equal(("Westfield and Eastbury", 2017, "uk-general-election-2017"), (seat.Area, seat.Year, seat.ParentSlug));
        Assert.Equal([(seat.Slug, "Jane Doe", FigureKind.Majority, 7210m)], Figures(text));
        Assert.Contains(result.Candidacies, c => c.ElectionSlug == seat.Slug && c.Candidate == "Jane Doe" && c.Outcome == Outcome.Elected);
        Assert.DoesNotContain(result.Candidacies, c => c.ElectionSlug == "uk-general-election-2017" && c.Candidate == "Jane Doe");
    }

    [Theory]
    [InlineData("In the general election, Labour gained Westfield by 2,416 votes.", "Labour")]
    [InlineData("In the general election, Jane Doe won Westfield from the Conservatives by 2,416 votes.", "Jane Doe")]
    [InlineData("Westfield was won by Jane Doe with a majority of 2,416 in the general election.", "Jane Doe")]
    public void A_seat_gained_or_won_from_a_party_by_some_votes_is_its_winners_majority(string text, string winner) =>
        Assert.Contains((FigureKind.Majority, winner, 2416m), Figures(text).Select(f => (f.Kind, f.Subject, f.Value)));

    [Fact]
    public void Two_seats_of_one_sentence_each_keep_their_winners_figure()
    {
        var figures = Figures("In the general election, Labour also gained Westfield, where Jane Doe beat Ann Poe by 2,416 votes, and Eastbury, won by John Roe with a majority of 4,355.");
        Assert.Contains(("westfield-2017", "Jane Doe", FigureKind.Majority, 2416m), figures);
        Assert.Contains(("eastbury-2017", "John Roe", FigureKind.Majority, 4355m), figures);
    }

    [Theory]
    [InlineData("Jane Doe won Greater Westfield by 40,000 votes in the mayoral election.")]
    [InlineData("Jane Doe won London by 40,000 votes in the London mayoral election.")]
    public void A_place_won_with_no_general_election_in_view_is_no_seat(string text) =>
        Assert.DoesNotContain(Extract.From(text, new DateOnly(2017, 5, 6), People).Elections, e => e.Kind == ElectionKind.Constituency);

    [Fact]
    public void After_a_seats_result_the_national_figures_are_the_general_elections()
    {
        var figures = Figures("Jane Doe held Westfield with a majority of 7,210 in the general election.\nTurnout was 68.7%.\n"
            + "The Conservatives won 317 seats, and a hung parliament was declared.");
        Assert.Contains(("uk-general-election-2017", "-", FigureKind.Turnout, 68.7m), figures);
        Assert.Contains(("uk-general-election-2017", "Conservative", FigureKind.Seats, 317m), figures);
    }

    [Fact]
    public void Another_seat_after_a_seats_result_is_the_general_elections_not_the_first_seats() =>
        Assert.Contains(("uk-general-election-2017", "John Roe", FigureKind.Majority, 4774m),
            Figures("In Westfield, Jane Doe regained the seat for the Conservatives with a majority of 150 in the general election.\n"
                + "Eastbury was the only seat Labour gained: John Roe won it from the Conservatives by 4,774 votes."));

    [Fact]
    public void A_party_the_winners_own_wins_the_parliaments_majority_at_the_general_election()
    {
        var figures = Figures("Jane Doe held Westfield with an increased majority of 7,210, as her Conservatives won a majority of 80 in the general election.");
        Assert.Contains(("uk-general-election-2017", "Conservative", FigureKind.Majority, 80m), figures);
        Assert.Contains(("westfield-2017", "Jane Doe", FigureKind.Majority, 7210m), figures);
    }

    [Fact]
    public void A_runner_up_opened_by_a_relative_clause_owns_the_first_count() =>
        Assert.Contains(("John Roe", FigureKind.Votes, 18141m),
            Figures("Labour's John Roe, who had hoped to unseat the prime minister, took 18,141 votes to Jane Doe's 25,351 in the general election.")
                .Select(f => (f.Subject, f.Kind, f.Value)));

    [Theory]
    [InlineData("Turnout across the capital was 64.6% in the general election.")]
    [InlineData("In London, turnout was 64.6% in the general election.")]
    public void The_capitals_turnout_is_its_part_of_the_general_election(string text) =>
        Assert.Equal("London", Extract.From(text, June2017, People).Figures.Single(f => f.Kind == FigureKind.Turnout).Part);

    [Fact]
    public void A_seats_margin_in_the_capital_is_no_part_of_the_electorate() =>
        Assert.Contains(FigureKind.Majority,
            Extract.From("In Westfield, Jane Doe held on by just 42 votes in the general election, the narrowest margin in the capital.", June2017, People)
                .Figures.Select(f => f.Kind));

    [Fact]
    public void A_seats_clause_of_its_own_about_a_party_is_the_partys() =>
        Assert.Contains(("westfield-2017", "Reform UK", FigureKind.Share, 25m),
            Figures("In Westfield, the Conservative Jane Doe clung on by 1,943 votes in the general election, as Reform UK took 25% of the vote."));

    private static readonly DateOnly DayAfterJuly2024Poll = new(2024, 7, 5);

    [Fact]
    public void A_report_of_the_days_after_a_general_election_naming_none_reports_it()
    {
        var result = Extract.From("The party took Westfield for the first time, Jane Doe winning by just 152 votes.\n"
            + "Nationally, Labour won 411 seats, a majority of 174.", DayAfterJuly2024Poll, People);
        var figures = result.Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();
        Assert.Contains(("westfield-2024", "Jane Doe", FigureKind.Majority, 152m), figures);
        Assert.Equal("uk-general-election-2024", result.Elections.Single(e => e.Slug == "westfield-2024").ParentSlug);
        Assert.Contains(("uk-general-election-2024", "Labour", FigureKind.Seats, 411m), figures);
        Assert.Contains(("uk-general-election-2024", "Labour", FigureKind.Majority, 174m), figures);
    }

    [Fact]
    public void A_seat_told_before_the_report_first_names_the_general_election_is_of_it() =>
        // "held Westfield as an independent, beating" names no seat the reader knows; the general election it is.
        Assert.Contains(("uk-general-election-2024", "Jane Doe", FigureKind.Majority, 7247m),
            Extract.From("Jane Doe has held Westfield as an independent, beating John Roe by 7,247 votes.\nLabour won 411 seats at the general election.",
                DayAfterJuly2024Poll, People).Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)));

    [Fact]
    public void The_same_report_weeks_later_names_no_election() =>
        Assert.Empty(Extract.From("The party took Westfield for the first time, Jane Doe winning by just 152 votes.", new DateOnly(2024, 8, 20), People).Figures);

    [Fact]
    public void A_turnout_in_the_seat_in_view_is_its_and_in_another_place_is_left_out()
    {
        const string Held = "Jane Doe held Westfield with a majority of 7,210 in the general election.\n";
        Assert.Contains(("westfield-2017", "-", FigureKind.Turnout, 70.1m), Figures(Held + "Turnout in Westfield was 70.1%."));
        Assert.DoesNotContain(Figures(Held + "Turnout in Eastbury was 78.7%."), f => f.Kind == FigureKind.Turnout);
    }

    [Fact]
    public void A_seat_of_a_general_election_named_with_its_year_later_in_the_sentence_is_that_years_and_holds_the_runner_up()
    {
        var result = Extract.From("Jane Doe won the Westfield and Eastbury seat with 20,645 votes, compared to 14,738 for the Liberal Democrat candidate at the 2010 general election.", new DateOnly(2015, 6, 1), People);
        var seat = Assert.Single(result.Elections, e => e.Kind == ElectionKind.Constituency);
        Assert.Equal((2010, "uk-general-election-2010"), (seat.Year, seat.ParentSlug));
        var figures = result.Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party, f.Value.Value)).ToList();
        Assert.Equal([(seat.Slug, "Jane Doe", 20645m), (seat.Slug, "Liberal Democrats", 14738m)], figures);
    }

    [Fact]
    public void A_commons_majority_of_a_term_won_is_the_elections_not_a_division()
    {
        var result = Extract.From("In the general election, Labour has won a historic third term, with its Commons majority cut to 66.", new DateOnly(2005, 5, 6), People);
        Assert.Contains(result.Figures, f => f is { Party: "Labour", Kind: FigureKind.Majority, ElectionSlug: "uk-general-election-2005" } && f.Value.Value == 66);
    }

    [Theory]
    [InlineData("At the general election the SNP took fifty-six of the fifty-nine seats in Scotland.", "SNP", 56)]
    [InlineData("At the general election the Liberal Democrats were left with a parliamentary party of eight MPs.", "Liberal Democrats", 8)]
    public void Seats_told_in_words_of_a_total_or_as_a_parliamentary_party_are_seats_won(string text, string party, int seats) =>
        Assert.Contains(("uk-general-election-2017", party, FigureKind.Seats, (decimal)seats), Figures(text));

    [Theory]
    [InlineData("Conservative", 9)]
    [InlineData("Liberal Democrats", 6)]
    public void Seats_a_win_leaves_others_with_are_theirs(string party, int seats) =>
        Assert.Contains(("uk-general-election-2017", party, FigureKind.Seats, (decimal)seats),
            Figures("Labour won 59 of London's 75 parliamentary seats at the general election, leaving the Conservatives with nine and the Liberal Democrats with six."));
}
