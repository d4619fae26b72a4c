using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>How reports of an assembly's seats write them after the first party's (invented wording): counts
/// carried from the sentence before, a colon's list of the chamber's make-up, the kinds of seat, and the earlier
/// contest a count is set against.</summary>
public class AssemblySeatListTests
{
    private static readonly DateOnly AfterCount = new(2024, 5, 6);
    private const string Opening = "Labour won 11 of the 25 seats in the London Assembly election.\n";

    private static (string Slug, string Subject, decimal Value)[] Seats(string text) =>
        Extract.Filed(text, AfterCount).Where(f => f.Kind == FigureKind.Seats).Select(f => (f.Slug, f.Subject, f.Value)).ToArray();

    [Fact]
    public void A_count_that_fell_is_its_new_count_and_their_counts_are_seats() =>
        Assert.Equal([("Conservative", 8m), ("Green Party", 3m), ("Liberal Democrats", 2m)],
            Seats(Opening + "The Conservatives fell back from nine to eight, the Greens held their three and the Liberal Democrats their two.")
                .Where(f => f.Subject != "Labour").Select(f => (f.Subject, f.Value)).ToArray());

    [Fact]
    public void Members_kept_are_seats_and_a_closing_clause_does_not_end_the_list() =>
        Assert.Equal([("Green Party", 3m), ("Liberal Democrats", 2m)],
            Seats(Opening + "The Greens kept their three members and the Liberal Democrats their two, while Jo Pike becomes the only independent.")
                .Where(f => f.Subject != "Labour").Select(f => (f.Subject, f.Value)).ToArray());

    [Fact]
    public void A_colons_list_of_the_chambers_make_up_is_seats_and_it_was_gives_an_earlier_years()
    {
        var seats = Seats("Labour took 38% of the list vote in the London Assembly election.\n"
            + "The count gave the Assembly the following make-up: Labour 11, Conservatives eight, Greens three and Liberal Democrats two. "
            + "In 2021 it was Labour 11, Conservatives nine, Greens three and Lib Dems two.");
        Assert.Contains(("london-assembly-2024", "Conservative", 8m), seats);
        Assert.Contains(("london-assembly-2024", "Liberal Democrats", 2m), seats);
        Assert.Contains(("london-assembly-2021", "Conservative", 9m), seats);
        Assert.Contains(("london-assembly-2021", "Labour", 11m), seats);
    }

    [Fact]
    public void A_list_with_no_word_of_seats_before_its_colon_is_nothing() =>
        Assert.DoesNotContain(Seats("Labour took 38% of the list vote in the London Assembly election.\nThe order of the ballot paper: Labour 1, Conservatives two and Greens three."),
            f => f.Subject == "Conservative");

    [Theory]
    [InlineData("In the London Assembly election the d'Hondt sharing gave Labour two top-up seats and the Conservatives three.", "Conservative", 3)]
    [InlineData("In the London Assembly election Labour won nine of the 14 constituency seats and the Conservatives five.", "Conservative", 5)]
    [InlineData("The London Assembly election left Labour with 11 of the 25 seats, unchanged from 2021, and the Conservatives with eight.", "Conservative", 8)]
    public void Seats_of_one_kind_and_a_count_left_unchanged_go_on_to_the_next_party(string text, string party, int seats) =>
        Assert.Contains(("london-assembly-2024", party, (decimal)seats), Seats(text));

    [Fact]
    public void A_count_exactly_as_in_an_earlier_year_is_this_years() =>
        Assert.Contains(("london-assembly-2024", "Labour", 11m), Seats("The London Assembly election was held on Thursday.\nLabour won 11 of the 25 seats, exactly as in 2021."));

    [Fact]
    public void A_count_after_a_share_and_its_list_is_no_share() =>
        Assert.DoesNotContain(Extract.Filed("In the mayoral election first preferences left Ann Poe on 1,013,721, or 40 per cent, and John Roe on 893,051, or 35.3 per cent.",
            new DateOnly(2021, 5, 9), "Ann Poe", "John Roe"), f => f.Kind == FigureKind.Share && f.Value > 100);
}
