using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>England's one regional referendum, the North East's on an elected assembly (4 November 2004), as the
/// BBC's undated reports of its campaign name it, and the running count of its postal ballot; and the London Assembly
/// of 2024, dated by the calendar, with a count of seats told as a list. Texts written here.</summary>
public class RegionalAssemblyVoteTests
{
    [Theory]
    [InlineData("Ray Mallon has been drafted in as the North East assembly referendum enters its final week.")]
    [InlineData("Voters in the North East will decide in a referendum on an elected regional assembly on 4 November.")]
    [InlineData("The referendum on a North East regional assembly was lost.")]
    public void An_undated_report_of_the_regional_assembly_referendum_is_of_2004(string text) =>
        Assert.Equal([(ElectionKind.Referendum, "North East England", 2004)], Extract.Elections(text, null));

    [Fact]
    public void Ballots_returned_by_a_day_of_a_postal_vote_still_open_are_a_running_count()
    {
        var result = Extract.From(
            "Some 487,939 people had returned their ballot papers by Wednesday in the North East assembly referendum - a turnout of 25.7%.",
            new DateOnly(2004, 10, 29));

        Assert.Equal([FigureStatus.Tally, FigureStatus.Tally], result.Figures.Select(f => f.Status));
    }

    [Fact]
    public void A_race_the_calendar_holds_has_its_polling_day_though_the_report_does_not_tell_it_as_now()
    {
        var result = Extract.WithHeadline("Labour tops London Assembly poll", "Labour won 11 of the 25 seats, the same number as in 2021.", new DateOnly(2024, 5, 5));

        Assert.Contains(result.Elections, e => e.Slug == "london-assembly-2024" && e.PollDate == new DateOnly(2024, 5, 2));
    }

    [Fact]
    public void A_seat_count_list_runs_on_past_a_change_and_a_verb_of_keeping() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 8m), ("Green Party", FigureKind.Seats, 3m), ("Liberal Democrats", FigureKind.Seats, 2m)],
            ResultRun.Figures(ResultRun.Of(
                "In the London Assembly election, the Conservatives won eight seats, down one, while the Greens kept three and the Liberal Democrats two.",
                new DateOnly(2024, 5, 5))));
}
