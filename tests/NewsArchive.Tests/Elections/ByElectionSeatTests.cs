using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A by-election told by its seat only ("have held the seat of Westfield by 495 votes"), and its count told as
/// news tells it ("polled 13,965 votes to 13,470"). Texts written here.</summary>
public class ByElectionSeatTests
{
    private static readonly DateOnly July2023 = new(2023, 7, 21);
    private static readonly DateOnly December2019 = new(2019, 12, 14);

    [Theory]
    [InlineData("The Conservatives have held Jane Doe's former seat of Westfield and Eastbrook by 495 votes, with a row over parking dominating the campaign.")]
    [InlineData("The Conservatives clung on in the seat of Westfield and Eastbrook by just 495 votes last night after turning the by-election into a referendum on parking.")]
    public void A_seat_held_now_months_from_a_general_election_is_held_at_a_by_election(string text) =>
        Assert.Equal([("westfield-and-eastbrook-by-election-2023", "Conservative", FigureKind.Majority, 495m)], Extract.Filed(text, July2023, "Jane Doe"));

    private static readonly DateOnly December2021 = new(2021, 12, 3);

    private const string HeldThisMorning = "The Conservatives held Westfield and Eastbrook in the early hours of this morning, but Jane Doe's majority of 4,478 was less than a quarter of the 18,952 won two years ago.";

    [Fact]
    public void A_place_held_with_a_majority_in_thousands_is_a_seat() =>
        Assert.Contains(("westfield-and-eastbrook-by-election-2021", "Jane Doe", FigureKind.Majority, 4478m), Extract.Filed(HeldThisMorning, December2021, "Jane Doe"));

    [Fact]
    public void A_council_held_with_a_majority_of_seats_is_no_seat() =>
        Assert.DoesNotContain(Extract.From("Labour held Westfield this morning with a majority of 12.", December2021).Elections, e => e.Kind is ElectionKind.ByElection or ElectionKind.Constituency);

    [Fact]
    public void A_turnout_set_against_the_last_general_election_is_the_by_elections() =>
        Assert.Contains(("westfield-and-eastbrook-by-election-2021", "-", FigureKind.Turnout, 33.5m),
            Extract.Filed(HeldThisMorning + "\nTurnout was just 33.5 per cent, against nearly 70 per cent at the last general election.", December2021, "Jane Doe"));

    [Fact]
    public void A_swing_told_as_the_subject_is_no_share() =>
        Assert.DoesNotContain(Extract.Filed(HeldThisMorning + "\nThe swing from Conservative to Labour was 10.3 per cent, enough to cost the government dozens of seats.", December2021, "Jane Doe"),
            f => f.Value == 10.3m);

    [Fact]
    public void A_majority_the_member_had_at_the_last_general_election_leaves_the_by_election_in_view()
    {
        var filed = Extract.Filed("The Conservatives have held Jane Doe's former seat of Westfield and Eastbrook by 495 votes.\nMs Doe had a majority of 7,210 at the 2019 general election.\nTurnout was 46.2%.",
            July2023, "Jane Doe");
        Assert.Contains(("uk-general-election-2019", "Jane Doe", FigureKind.Majority, 7210m), filed);
        Assert.Contains(("westfield-and-eastbrook-by-election-2023", "-", FigureKind.Turnout, 46.2m), filed);
    }

    [Fact]
    public void A_seat_held_just_after_a_general_election_is_that_elections() =>
        Assert.Equal([(ElectionKind.Constituency, "Westfield and Eastbrook", 2019)],
            Extract.From("The Conservatives have held Jane Doe's seat of Westfield and Eastbrook by 7,210 votes.", December2019, "Jane Doe").Elections
                .Select(e => (e.Kind, e.Area, e.Year)));

    [Fact]
    public void A_count_polled_by_a_candidate_against_another_is_no_division()
    {
        var filed = Extract.Filed("Labour clung on in Westfield on Thursday night, winning the by-election.\nJohn Roe polled 13,965 votes to 13,470 for the Conservative Jane Doe.",
            July2023, "John Roe", "Jane Doe");
        Assert.Contains(("westfield-by-election-2023", "John Roe", FigureKind.Votes, 13965m), filed);
        Assert.Contains(("westfield-by-election-2023", "Jane Doe", FigureKind.Votes, 13470m), filed);
    }

    [Fact]
    public void A_motion_carried_by_votes_to_votes_is_still_a_division() =>
        Assert.Empty(Extract.Filed("Labour clung on in Westfield on Thursday night, winning the by-election.\nThe next day the government won 297 votes to 203 for its motion.",
            July2023, "John Roe"));
}
