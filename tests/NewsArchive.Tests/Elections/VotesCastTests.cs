using NewsArchive.Elections;
using NewsArchive.Elections.Extraction;

namespace NewsArchive.Tests.Elections;

/// <summary>An election's own figures, with no candidate or party: votes cast in the whole contest, and turnout as
/// the share of those entitled who voted. Texts written here.</summary>
public class VotesCastTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 5);

    /// <summary>The figures of a sentence told after a line that dates the race.</summary>
    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value, FigureStatus Status)> Figures(string text) =>
        Extract.From("Jane Doe won the Wigan by-election yesterday.\n" + text, May2024, "Jane Doe", "John Roe").Figures
            .Select(f => (f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value, f.Status)).ToList();

    /// <summary>The turnouts of a sentence told after a line that dates the race, each with the part it is told of.</summary>
    private static IReadOnlyList<(decimal Value, string? Part)> Turnouts(string text) =>
        Extract.From("Jane Doe won the Wigan by-election yesterday.\n" + text, May2024, "Jane Doe", "John Roe").Figures
            .Where(f => f.Kind == FigureKind.Turnout).Select(f => (f.Value.Value, f.Part)).ToList();

    [Theory]
    [InlineData("In the by-election, 31,200 people voted.")]
    [InlineData("In the by-election, 31,200 voters turned out.")]
    [InlineData("In the by-election, 31,200 votes were cast.")]
    [InlineData("In the by-election a total of 31,200 voters took part.")]
    [InlineData("In the by-election 31,200 out of 70,000 electors cast their votes.")]
    [InlineData("The by-election was held with 31,200 voters casting their votes.")]
    [InlineData("The by-election was quiet, with 31,200 people voting.")]
    [InlineData("In the by-election, 31,200 electors (a third of those eligible) voted.")]
    public void VotesCast_the_whole_contests_votes_belong_to_no_candidate(string text) =>
        Assert.Equal([("-", FigureKind.Votes, 31200m, FigureStatus.Result)], Figures(text));

    [Theory]
    [InlineData("In the by-election, 31,200 people voted for Jane Doe.")]
    [InlineData("In the by-election, 2,000 people turned out to welcome Jane Doe.")]
    [InlineData("In the by-election, 300 members voted in favour of the motion.")]
    [InlineData("In the by-election, more than 2,000 people turned out for the rally.")]
    public void VotesCast_votes_for_someone_or_a_crowd_are_no_total(string text) =>
        Assert.DoesNotContain(Figures(text), f => f.Subject == "-" && f.Kind == FigureKind.Votes);

    [Theory]
    [InlineData("In the by-election only 24% of University College London students voted.")]
    [InlineData("In the by-election 24% of their members voted.")]
    [InlineData("In the by-election 24% of the 18-to-29 demographic voted.")]
    public void Electorate_a_share_of_those_entitled_who_voted_is_a_turnout(string text) =>
        Assert.Equal([("-", FigureKind.Turnout, 24m, FigureStatus.Result)], Figures(text));

    [Fact]
    public void Tally_so_far_this_year_is_a_time_not_a_running_count() =>
        Assert.Equal([("-", FigureKind.Turnout, 41m, FigureStatus.Result)],
            Figures("The by-election had the highest turnout so far this year, with 41% of voters voting."));

    [Fact]
    public void Tally_so_far_this_morning_is_still_a_running_count() =>
        Assert.Equal([("-", FigureKind.Turnout, 31m, FigureStatus.Tally)], Figures("In the by-election, turnout so far this morning is 31%."));

    [Fact]
    public void Tally_a_turnout_at_the_time_of_writing_is_a_running_count() =>
        Assert.Equal([("-", FigureKind.Turnout, 5.5m, FigureStatus.Tally)],
            Figures("In the by-election, as of the time of writing, turnout is around 5.5%."));

    [Fact]
    public void OwnFigureElection_a_turnout_after_an_election_given_a_figure_is_that_elections()
    {
        var figures = Extract.From("""
            With 61 days to go until polling day, the election campaigns are under way. In 2010, voter turnout was at 65%. The over-65s had an overall turnout of 76%.
            This May millions of young people will vote in a general election.
            """, new DateOnly(2015, 3, 6)).Figures;
        Assert.Equal([(2010, 65m), (2010, 76m)], figures.Select(f => (f.ElectionSlug.Contains("2010") ? 2010 : 0, f.Value.Value)));
    }

    [Fact]
    public void LastYear_a_year_told_of_someone_else_is_not_the_figures() =>
        Assert.DoesNotContain(Extract.From("The Wigan by-election was held yesterday.\nJane Doe, who moved to Wigan last year, won 12,000 votes.", May2024, "Jane Doe").Figures,
            f => f.Value.Value == 12000m && !f.ElectionSlug.Contains("2024"));

    [Fact]
    public void OwnFigureElection_last_years_turnout_is_not_this_years()
    {
        var figures = Extract.From("""
            The Wigan by-election was held yesterday.
            The council hopes to beat last year's record turnout of 41.1%.
            """, May2024).Figures;
        Assert.DoesNotContain(figures, f => f.Value.Value == 41.1m && f.ElectionSlug.Contains("2024"));
    }

    [Fact]
    public void VotesCast_voted_so_far_is_a_running_count() =>
        Assert.Equal([("-", FigureKind.Votes, 31200m, FigureStatus.Tally)], Figures("In the by-election, 31,200 people have voted so far."));

    [Fact]
    public void VotesCast_those_who_voted_for_one_post_are_its_votes_cast() =>
        Assert.Equal([("-", FigureKind.Votes, 900m, FigureStatus.Result)], Figures("In the by-election, over 900 people voted for this particular position."));

    [Fact]
    public void ElectorateList_each_of_a_list_that_voted_is_a_turnout_and_a_part_of_the_electorate_is_that_parts() =>
        Assert.Equal([(60m, "young people"), (72m, null)],
            Turnouts("In the by-election 60% of young people and 72% of adults voted."));

    [Theory]
    [InlineData("In the by-election, turnout: 45.2%.")]
    [InlineData("In the by-election, turnout was down this year, at 45.2%.")]
    [InlineData("In the by-election, considering only the young, the turnout, the figure stands at 45.2%.")]
    public void Turnout_told_after_a_colon_or_a_comma(string text) =>
        Assert.Equal([("-", FigureKind.Turnout, 45.2m, FigureStatus.Result)], Figures(text));

    [Fact]
    public void TurnoutParts_the_turnouts_of_parts_of_the_electorate_in_brackets_are_those_parts() =>
        Assert.Equal([(45m, null), (60m, "pensioners"), (22m, ElectorateParts.Unnamed)],
            Turnouts("In the by-election, turnout was 45% (60% pensioners, 22% students)."));

    [Fact]
    public void ShareOfBody_after_a_count_of_voters_their_share_of_those_entitled_is_a_turnout() =>
        Assert.Equal([("-", FigureKind.Votes, 31200m, FigureStatus.Result), ("-", FigureKind.Turnout, 45m, FigureStatus.Result)],
            Figures("In the by-election 31,200 people voted, which was 45% of the electorate."));

    [Fact]
    public void HadVoters_a_seat_that_had_so_many_voters_is_its_electorate() =>
        Assert.DoesNotContain(Figures("The Wigan seat had 70,000 voters."), f => f.Value == 70000m);
}
