using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A by-election's report that tells, in passing, of other seats fought the same night ("on a night when his
/// party lost two other by-elections. In Westfield, ..."): each is a by-election of its own, in the same year. Texts
/// written here, with invented places and people.</summary>
public class SameNightByElectionTests
{
    private static readonly DateOnly July2023 = new(2023, 7, 21);

    private const string Held = "The Conservatives have held Eastbrook in a by-election.\nJane Doe won 13,965 votes to 13,470 for Labour's John Roe.\n";

    [Fact]
    public void A_seat_taken_on_the_same_night_is_a_by_election_of_its_own() =>
        Assert.Contains(("northfield-by-election-2023", "Liberal Democrats", FigureKind.Majority, 11000m),
            Extract.Filed(Held + "It was the one bright spot on a night when the party lost two other by-elections. The Liberal Democrats took Northfield by more than 11,000.",
                July2023, "Jane Doe", "John Roe"));

    [Fact]
    public void A_seat_opened_on_elsewhere_is_a_by_election_of_its_own_and_its_winner_no_candidate_of_the_first() 
    {
        var result = Extract.From(Held + "It was a different story elsewhere. In Northfield the Liberal Democrats' Sue Bell took the seat by more than 11,000 votes.",
            July2023, "Jane Doe", "John Roe", "Sue Bell");
        Assert.Contains(result.Figures, f => f is { ElectionSlug: "northfield-by-election-2023", Candidate: "Sue Bell", Kind: FigureKind.Majority });
        Assert.DoesNotContain(result.Candidacies, c => c is { ElectionSlug: "eastbrook-by-election-2023", Candidate: "Sue Bell" });
    }

    [Fact]
    public void A_seat_held_with_no_word_of_the_same_night_is_no_by_election() =>
        Assert.DoesNotContain(Extract.Slugs(Held + "The Liberal Democrats held Northfield by more than 11,000.", July2023, "Jane Doe", "John Roe"),
            s => s.StartsWith("northfield", StringComparison.Ordinal));

    [Fact]
    public void The_by_election_reported_stays_in_view_after_one_told_in_passing() =>
        Assert.Contains(("eastbrook-by-election-2023", "Sue Bell", FigureKind.Votes, 893m),
            Extract.Filed(Held + "It was the one bright spot on a night when the party lost two other by-elections. The Liberal Democrats took Northfield by more than 11,000.\n"
                + "The Green Party's Sue Bell won 893 votes.", July2023, "Jane Doe", "John Roe", "Sue Bell"));

    [Fact]
    public void Each_seat_of_a_sentence_telling_two_is_its_own_by_election()
    {
        var filed = Extract.Filed(Held + "It was the one bright spot on a night when the party lost two other by-elections. In Westfield, Labour's Ann Poe, 25, overturned "
            + "a Conservative majority of 20,137 to win by 4,161 votes, while the Liberal Democrats took Northfield by more than 11,000.", July2023, "Jane Doe", "John Roe", "Ann Poe");
        Assert.Contains(("westfield-by-election-2023", "Ann Poe", FigureKind.Majority, 4161m), filed);
        Assert.Contains(("northfield-by-election-2023", "Liberal Democrats", FigureKind.Majority, 11000m), filed);
    }
}
