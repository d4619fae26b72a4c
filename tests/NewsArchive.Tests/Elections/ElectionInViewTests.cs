using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Which election a figure belongs to when an article moves between several: what the sentence itself
/// says of the contest outweighs the one last in view. Texts written here.</summary>
public class ElectionInViewTests
{
    private static readonly DateOnly May2015 = new(2015, 5, 20);

    private const string GeneralThenEuropean = """
        At the general election, Damian Collins won the Folkestone & Hythe seat with 20,645 votes.
        UKIP won 31% of the vote in Erewash in last June's European elections.
        """;

    private static IReadOnlyList<(string Slug, string Subject, decimal Value)> Figures(string text) =>
        Extract.From(text, May2015, "Damian Collins", "Nicola Sturgeon").Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Value.Value)).ToList();

    [Fact]
    public void Commons_a_seat_in_the_Commons_is_the_general_elections_not_the_one_last_in_view() =>
        Assert.Contains(("uk-general-election-2015", "UKIP", 1m), Figures(GeneralThenEuropean + "\nUKIP only have one seat in the Commons."));

    [Fact]
    public void Commons_the_election_that_gave_a_party_a_seat_majority_is_the_general_election() =>
        Assert.Contains(("uk-general-election-2015", "Conservative", 12m), Figures(GeneralThenEuropean + "\nThe election delivered a surprise Conservative 12-seat majority."));

    [Fact]
    public void LeadersParty_a_leaders_party_is_what_won() =>
        Assert.Equal([("uk-general-election-2015", "SNP", 50m)], Figures("At the general election, Nicola Sturgeon's SNP won more than 50% of the vote in Scotland."));

    [Fact]
    public void Commons_a_seat_majority_at_Holyrood_stays_the_Holyrood_elections() =>
        Assert.DoesNotContain("uk-general-election", string.Join(' ', Extract.From("""
            The SNP won the Holyrood election in 2011.
            The election gave the SNP an overall majority of nine at Holyrood.
            """, new DateOnly(2011, 5, 8)).Figures.Select(f => f.ElectionSlug)));

    [Fact]
    public void Referendum_Scottish_independence_beside_the_EU_vote_is_not_the_2014_referendum() =>
        Assert.DoesNotContain(Extract.From("In last year's referendum, Scotland voted to remain in the EU, reviving calls for Scottish independence.", new DateOnly(2017, 3, 1)).Elections,
            e => e.Slug == "referendum-in-scotland-2014");

    [Fact]
    public void Referendum_a_sentence_about_Scottish_independence_names_its_referendum() =>
        Assert.Equal([("referendum-in-scotland-2014", "No", 55m), ("referendum-in-scotland-2014", "Yes", 45m)],
            Figures("Scottish independence was rejected by an infamously slim margin of 55-45 in last year's referendum."));

    [Fact]
    public void MemberRole_the_MP_with_a_majority_is_the_member_for_the_seat_in_view() =>
        Assert.Contains(("folkestone-hythe-2015", "Damian Collins", 6932m),
            Figures("At the general election, Damian Collins won the Folkestone & Hythe seat with 20,645 votes.\nThe Conservative MP, who has a 6,932 majority, said he was delighted."));

    [Fact]
    public void SeatAtGeneralElection_an_undated_seats_contest_is_the_general_elections_the_sentence_places() =>
        Assert.Equal([("folkestone-hythe-2010", "Damian Collins", 20645m)],
            Extract.From("At the last general election, Damian Collins won the Folkestone & Hythe seat with 20,645 votes.", new DateOnly(2014, 10, 20), "Damian Collins").Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Value.Value)));

    [Fact]
    public void SeatAtGeneralElection_an_undated_seats_contest_is_the_general_election_in_views() =>
        Assert.Equal([("folkestone-hythe-2010", "Damian Collins", 20645m)],
            Extract.From("Labour lost the general election in 2010.\nDamian Collins won the Folkestone & Hythe seat with 20,645 votes.", new DateOnly(2014, 10, 20), "Damian Collins")
                .Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Value.Value)));

    [Fact]
    public void Referendum_a_margin_told_after_the_referendum_is_named_is_its_result() =>
        Assert.Equal([("referendum-in-uk-2016", "Leave", 52m), ("referendum-in-uk-2016", "Remain", 48m)],
            Extract.From("The EU referendum was held last year.\nMembership was rejected by an infamously slim margin of 52-48.", new DateOnly(2017, 10, 20))
                .Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Value.Value)));

    [Fact]
    public void SeatAtGeneralElection_a_seat_named_with_no_general_election_keeps_its_year_unknown() =>
        Assert.Empty(Extract.From("Damian Collins won the Folkestone & Hythe seat with 20,645 votes.", new DateOnly(2014, 10, 20), "Damian Collins").Figures);

    [Fact]
    public void Majority_a_majority_that_is_now_a_number() =>
        Assert.Contains(("folkestone-hythe-2015", "Damian Collins", 6932m),
            Figures("At the general election, Damian Collins won the Folkestone & Hythe seat with 20,645 votes.\nHis majority is now 6,932."));

    [Fact]
    public void EarlierYear_a_figure_told_for_an_earlier_contest_puts_no_election_in_view()
    {
        var figures = Figures("""
            The Tories won 198 seats, up from 165 in 2001.
            Turnout was 61.3%, up from 59.4% in 2001.
            """);
        Assert.Contains(("uk-general-election-2001", "Conservative", 165m), figures);
        Assert.DoesNotContain(figures, f => f.Value is 198m or 61.3m);
    }

    [Fact]
    public void OtherSeatNamed_a_majority_in_another_seat_is_not_the_seat_in_views()
    {
        var result = Extract.From("""
            In the Westfield by-election yesterday Jane Doe won with 20,645 votes.
            Her rival John Roe will now stand in Eastbrook, where Labour's Ann Poe has a 6,932 majority.
            """, new DateOnly(2005, 2, 3), "Jane Doe", "John Roe", "Ann Poe");
        Assert.DoesNotContain(result.Figures, f => f.Value.Value == 6932m && f.ElectionSlug.StartsWith("westfield", StringComparison.Ordinal));
        Assert.Contains(result.Figures, f => f.Value.Value == 20645m && f.ElectionSlug.StartsWith("westfield", StringComparison.Ordinal));
    }

    [Fact]
    public void OtherSeatNamed_a_place_that_names_no_seat_leaves_the_contest_in_view()
    {
        var result = Extract.From("""
            In the Westfield by-election yesterday Jane Doe won with 10,274 votes.
            John Roe polled 9,620 votes amid anger over the war in Iraq.
            """, new DateOnly(2004, 7, 16), "Jane Doe", "John Roe");
        Assert.Contains(result.Figures, f => f.Value.Value == 9620m && f.ElectionSlug.StartsWith("westfield", StringComparison.Ordinal));
    }

    private const string MayorElected = "Jane Doe has been elected mayor of London.\n";

    private static IReadOnlyList<(string Slug, string? Candidate, Outcome? Outcome)> Candidacies(string text, DateOnly published) =>
        Extract.From(text, published, "Jane Doe", "John Roe", "Ann Poe").Candidacies.Select(c => (c.ElectionSlug, c.Candidate, c.Outcome)).ToList();

    [Theory]
    [InlineData("Turnout was 45.3%, up from 38.1% at the last election in 2012, when John Roe beat Ann Poe.")]
    [InlineData("At the last election, John Roe beat Ann Poe.")]
    public void EarlierContest_the_last_election_beside_a_race_just_held_is_that_race_held_before(string sentence)
    {
        var candidacies = Candidacies(MayorElected + sentence, new DateOnly(2016, 5, 7));
        Assert.Contains(("london-mayor-2012", "John Roe", Outcome.Elected), candidacies);
        Assert.Contains(("london-mayor-2012", "Ann Poe", Outcome.Defeated), candidacies);
        Assert.DoesNotContain(candidacies, c => c.Slug == "london-mayor-2016" && c.Candidate != "Jane Doe");
    }

    [Fact]
    public void EarlierContest_a_figure_measured_against_the_last_election_stays_the_race_in_views() =>
        Assert.Equal([("london-mayor-2016", 45.3m), ("london-mayor-2012", 38.1m)], Extract.From(MayorElected + "Turnout was 45.3%, up from 38.1% at the last election in 2012, when John Roe beat Ann Poe.",
            new DateOnly(2016, 5, 7), "Jane Doe", "John Roe", "Ann Poe").Figures.Where(f => f.Kind == FigureKind.Turnout).Select(f => (f.ElectionSlug, f.Value.Value)));

    [Fact]
    public void EarlierContest_a_race_held_months_ago_is_itself_the_last_election() =>
        Assert.Contains(("london-mayor-2016", "Jane Doe", Outcome.Elected),
            Candidacies("Jane Doe was elected mayor of London in 2016.\nJane Doe won the last election, beating John Roe.", new DateOnly(2017, 5, 7)));

    [Fact]
    public void EarlierContest_the_race_held_before_does_not_become_the_one_in_view() =>
        Assert.Equal("london-mayor-2016", Extract.From(MayorElected + "Turnout was 45.3%, up from 38.1% at the last election, when John Roe beat Ann Poe.\nLee Chan came third with 150,673 votes.",
            new DateOnly(2016, 5, 7), "Jane Doe", "John Roe", "Ann Poe", "Lee Chan").Figure(FigureKind.Votes).ElectionSlug);
}
