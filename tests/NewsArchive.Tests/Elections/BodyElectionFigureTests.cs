using NewsArchive.Elections;
using NewsArchive.Elections.Extraction;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>The figures of a body's own election as a student paper writes them, one test per rule, on texts written here.</summary>
public class BodyElectionFigureTests
{
    private static readonly DateOnly Spring2019 = new(2019, 3, 15);

    /// <summary>A results story of a union's elections, the union named in its opening.</summary>
    private static ElectionExtraction Results(string text, params string[] people) =>
        Extract.From("Northfield Union’s Leadership Elections closed on Friday.\nThe count went on late.\n" + text, Spring2019, people);

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value, string Slug)> Read(ElectionExtraction result) =>
        result.Figures.Select(f => (f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value, f.ElectionSlug)).ToList();

    [Fact]
    public void BodyInView_a_turnout_told_on_its_own_is_the_bodys_whose_election_is_in_view() =>
        Assert.Equal([("-", FigureKind.Turnout, 44.2m, "northfield-union-elections-2019")], Read(Results("Turnout was 44.2%.")));

    [Theory]
    [InlineData("In the general election, the young stayed at home.\nTurnout was 44.2%.")]
    [InlineData("Turnout across the country was 44.2%.")]
    [InlineData("Labour’s turnout was 44.2%.")]
    public void BodyInView_not_after_another_election_is_named_nor_of_another_electorate(string text) =>
        Assert.DoesNotContain(Read(Results(text)), f => f.Slug.StartsWith("northfield", StringComparison.Ordinal));

    [Fact]
    public void BodyInView_the_highest_in_the_country_is_still_the_bodys() =>
        Assert.Equal([("-", FigureKind.Turnout, 44.2m, "northfield-union-elections-2019")], Read(Results("Turnout reached 44.2%, the highest in the country.")));

    [Theory]
    [InlineData("Turnout was 38%, up from 33% last year.")]
    [InlineData("Turnout rose from 33% last year to 38%.")]
    [InlineData("The turnout of 38% is up on last year’s 33%.")]
    [InlineData("The turnout was 38%, a welcome increase on last year’s 33%.")]
    public void FromLastYear_the_figure_it_is_compared_with_is_the_year_befores(string text) =>
        Assert.Equal([("-", FigureKind.Turnout, 38m, "northfield-union-elections-2019"), ("-", FigureKind.Turnout, 33m, "northfield-union-elections-2018")],
            Read(Results(text)).OrderByDescending(f => f.Value));

    [Fact]
    public void FromLastYear_a_count_of_voters_too() =>
        Assert.Equal([("-", FigureKind.Votes, 8012m, "northfield-union-elections-2019"), ("-", FigureKind.Votes, 7100m, "northfield-union-elections-2018")],
            Read(Results("In all, 8,012 students voted, up from 7,100 last year.")));

    [Theory]
    [InlineData("A record 5,033 students took part, up on last year’s 3,387 voters.", 3387)]
    [InlineData("Last year, 3,387 people voted.", 3387)]
    public void YearsVoters_last_years_voters_are_last_years_contests(string text, int value) =>
        Assert.Contains(("-", FigureKind.Votes, (decimal)value, "northfield-union-elections-2018"), Read(Results(text)));

    [Fact]
    public void OtherBodysElection_another_unions_figures_are_its_own_election()
    {
        var result = Results("""
            Most other universities are still voting.
            Southampton had a staggering 7,285 voters from a student body of 23,000; this was 30% of their eligible students. Kings College Union had a record number of voters – 4,024, which only made up 18% of their students.
            """);
        Assert.Equal([("-", FigureKind.Votes, 7285m, "southampton-elections-2019"), ("-", FigureKind.Turnout, 30m, "southampton-elections-2019"),
            ("-", FigureKind.Votes, 4024m, "kings-college-union-elections-2019"), ("-", FigureKind.Turnout, 18m, "kings-college-union-elections-2019")], Read(result));
    }

    [Fact]
    public void OtherBodysElection_a_list_of_others_each_named_before_its_turnout() =>
        Assert.Equal([("-", FigureKind.Turnout, 22m, "edinburgh-elections-2019"), ("-", FigureKind.Turnout, 24m, "sheffield-elections-2019")],
            Read(Results("Elsewhere, Edinburgh had 22% of their students voting and Sheffield had 24%.")));

    [Fact]
    public void OtherBodysElection_a_faculty_is_part_of_the_body_not_another_and_its_turnout_a_parts() =>
        Assert.Empty(Read(Results("Elsewhere in the College, the Faculty of Medicine had a turnout of 39% and Engineering had 37%.")));

    [Fact]
    public void RankedTurnout_the_places_after_a_turnout_are_parts_turnouts()
    {
        var result = Results("The Faculty of Natural Sciences had the largest turnout with 41% of students voting. The engineers came in second with 35.3% and the Medics came third with 23.5%.");
        Assert.Equal([(41m, "Faculty of Natural Sciences"), (35.3m, "engineers"), (23.5m, "Medics")],
            result.Figures.Where(f => f.Kind == FigureKind.Turnout).Select(f => (f.Value.Value, f.Part)));
    }

    [Fact]
    public void RankedTurnout_not_after_a_sentence_without_a_turnout() =>
        Assert.DoesNotContain(Read(Results("The Chess Society had the most candidates. The engineers came in second with 35.3%.")), f => f.Kind == FigureKind.Turnout);

    [Fact]
    public void TurnoutParts_last_years_turnout_is_last_years_and_so_are_its_parts() =>
        Assert.Equal([(42m, null), (60m, "undergraduates"), (22m, "post grads")], Results("Turnout last year was 42% (60% undergraduates, 22% post grads).").Figures
            .Where(f => f.ElectionSlug == "northfield-union-elections-2018" && f.Kind == FigureKind.Turnout).Select(f => (f.Value.Value, f.Part)));

    [Fact]
    public void BehindLastYear_a_running_turnout_behind_last_years_is_this_years_margin()
    {
        var result = Results("The Union hopes to beat last year’s record turnout of 41.1%, with the current total, at time of going to print, about 3% behind last year.");
        var margin = result.Figure(FigureKind.MarginPoints);
        Assert.Equal((3m, Bound.Approximate, FigureStatus.Tally, "northfield-union-elections-2019", (string?)null),
            (margin.Value.Value, margin.Value.Bound, margin.Status, margin.ElectionSlug, margin.Candidate ?? margin.Party));
    }

    [Fact]
    public void BodyOnly_a_running_margin_or_a_count_of_voters_written_so_is_never_a_public_elections()
    {
        var result = Extract.From("Jane Doe won the Wigan by-election yesterday.\nTurnout was 3% behind last year, and the town had 70,000 voters.", Spring2019, "Jane Doe");
        Assert.DoesNotContain(result.Figures, f => f.Kind == FigureKind.MarginPoints || f.Value.Value == 70000m);
    }

    [Fact]
    public void UnnamedWinner_a_lead_whose_winner_goes_unnamed_is_kept_with_no_one() =>
        Assert.Equal([("-", FigureKind.Votes, 900m, "northfield-union-elections-2019"), ("-", FigureKind.Majority, 50m, "northfield-union-elections-2019")],
            Read(Results("In total, over 900 people voted for this particular position, with the candidate in question topping the polls, more than 50 votes ahead of their nearest rival.")));

    [Theory]
    [InlineData("Re-open Nominations (RON) received 312 votes.", "RON", 312)]
    [InlineData("Jo Bloggs won with 2,345 votes to RON’s 1,002.", "RON", 1002)]
    [InlineData("Jo Bloggs was elected unopposed with 2,345 votes, RON receiving 210.", "RON", 210)]
    [InlineData("Jo Bloggs was elected unopposed with 2,345 votes against 301 for RON.", "RON", 301)]
    [InlineData("Jo Bloggs beat RON by 2,345 votes to 406.", "RON", 406)]
    [InlineData("Jo Bloggs beat RON by 2,345 votes to 406.", "Jo Bloggs", 2345)]
    public void Ron_the_option_to_reopen_nominations_is_counted_by_its_one_name(string text, string subject, int votes) =>
        Assert.Contains((subject, FigureKind.Votes, (decimal)votes, "northfield-union-elections-2019"), Read(Results(text, "Jo Bloggs")));

}
