using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A by-election reported as news reports one: the seat held "in a by-election", and its figures set
/// against the general election before it. Texts written here.</summary>
public class ByElectionReportTests
{
    private static readonly DateOnly October2004 = new(2004, 10, 1);

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Figures(string text) =>
        Extract.From(text, October2004, "Jane Doe").Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Theory]
    [InlineData("Labour has held Westfield in a by-election, with Jane Doe winning by 2,033 votes.")]
    [InlineData("Labour has held Westfield in the by-election, with Jane Doe winning by 2,033 votes.")]
    public void A_place_held_in_a_by_election_is_that_by_elections(string text) =>
        Assert.Equal([("westfield-by-election-2004", "Jane Doe", FigureKind.Majority, 2033m)], Figures(text));

    [Fact]
    public void A_turnout_measured_against_the_general_election_is_the_by_elections()
    {
        var figures = Figures("Labour has held Westfield in a by-election, with Jane Doe winning by 2,033 votes.\nTurnout was 45.8%, down from 56% at the general election.");
        Assert.Contains(("westfield-by-election-2004", "-", FigureKind.Turnout, 45.8m), figures);
        Assert.DoesNotContain(figures, f => f.Value == 56m && f.Slug.StartsWith("westfield", StringComparison.Ordinal));
    }

    [Fact]
    public void The_general_election_measured_against_is_the_last_one_held() =>
        Assert.Contains("uk-general-election-2001",
            Extract.From("Turnout was 45.8%, down from 56% at the general election.", October2004).Elections.Select(e => e.Slug));

    private static readonly DateOnly July2023 = new(2023, 7, 21);

    [Fact]
    public void A_by_election_a_dated_headline_names_is_of_the_articles_year()
    {
        var result = Extract.WithHeadline("Westfield by-election: Conservatives hold the seat", "The Conservatives won by 495 votes.", July2023);
        Assert.Equal([(ElectionKind.ByElection, "Westfield", 2023)], result.Elections.Select(e => (e.Kind, e.Area, e.Year)));
        Assert.Equal(("westfield-by-election-2023", FigureKind.Majority, 495m), (result.Figures.Single().ElectionSlug, result.Figures.Single().Kind, result.Figures.Single().Value.Value));
    }

    [Theory]
    [InlineData("Labour won the Westfield by-election on Thursday.")]
    [InlineData("Labour won Thursday's by-election in Westfield.")]
    [InlineData("The Conservatives clung on in Westfield on Thursday night, winning the by-election.")]
    [InlineData("Labour narrowly held Westfield in yesterday's by-election.")]
    public void A_by_election_told_with_a_day_just_past_is_of_the_articles_date(string text) =>
        Assert.Equal([(ElectionKind.ByElection, "Westfield", 2023)], Extract.Elections(text, July2023));

    [Theory]
    [InlineData("Labour won the Westfield by-election on Thursday by 500 votes.")]
    [InlineData("On Thursday Labour won the by-election in Westfield by 500 votes.")]
    [InlineData("Labour held Westfield on Thursday, winning the by-election by 500 votes.")]
    public void A_by_election_won_by_some_votes_is_a_majority(string text) =>
        Assert.Equal([("westfield-by-election-2023", "Labour", FigureKind.Majority, 500m)],
            Extract.From(text, July2023).Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)));

    [Fact]
    public void A_by_election_won_in_a_place_held_is_that_places() =>
        Assert.Equal([("westfield-by-election-2023", "Conservative", FigureKind.Majority, 500m)],
            Extract.From("The Conservatives clung on in Westfield on Thursday night, winning the by-election by fewer than 500 votes.", July2023)
                .Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)));

    [Fact]
    public void A_by_election_with_no_word_of_its_time_in_a_dated_report_stays_unplaced() =>
        Assert.Empty(Extract.Elections("Labour won the Westfield by-election.", July2023));

    [Fact]
    public void A_by_election_a_headline_names_short_is_the_whole_name_the_article_gives() =>
        Assert.Equal([(ElectionKind.ByElection, "Westfield and North Eastbrook", 2023)],
            Extract.WithHeadline("Westfield by-election: Conservatives hold the seat", "The Conservatives have narrowly held Westfield and North Eastbrook.\nThe Conservatives won by 495 votes.", July2023)
                .Elections.Select(e => (e.Kind, e.Area, e.Year)));

    [Fact]
    public void By_elections_in_two_places_stay_two() =>
        Assert.Equal(["eastbrook-by-election-2023", "westfield-by-election-2023"],
            Extract.From("Labour won the Westfield and Eastbrook by-elections on Thursday.", July2023).Elections.Select(e => e.Slug).Order());

    [Theory]
    [InlineData("The Liberal Democrats have won the Westfield by-election, overturning a Labour majority of 9,015 from last year's general election.")]
    [InlineData("The Liberal Democrats have won the Westfield by-election, overturning a Labour majority of 9,015 at the 2001 general election.")]
    public void The_figures_after_a_majority_overturned_are_the_by_elections_not_the_general_elections(string opening) =>
        Assert.Equal([("westfield-by-election-2004", "Jane Doe", FigureKind.Votes, 20510m)],
            Figures(opening + "\nJane Doe took 20,510 votes.").Where(f => f.Value == 20510m));

    [Fact]
    public void A_place_taken_from_a_party_in_one_of_two_by_elections_is_its_by_election() =>
        Assert.Contains(("westfield-by-election-2004", "Jane Doe", FigureKind.Votes, 10274m),
            Figures("The Liberal Democrats have snatched Westfield from Labour in one of two by-elections held on Thursday.\nJane Doe won with 10,274 votes."));

    [Fact]
    public void A_figure_in_a_sentence_opening_on_another_seat_is_not_the_by_elections_in_view() =>
        Assert.DoesNotContain(Figures("The Liberal Democrats have snatched Westfield from Labour in one of two by-elections held on Thursday.\nIn Eastbrook Hill, Labour clung on by just 460 votes."),
            f => f.Value == 460m);

    [Fact]
    public void A_seat_clung_on_to_by_so_many_votes_is_a_majority() =>
        Assert.Equal([("westfield-by-election-2004", "Jane Doe", FigureKind.Majority, 460m)],
            Figures("In the Westfield by-election yesterday, Jane Doe clung on by just 460 votes."));
}
