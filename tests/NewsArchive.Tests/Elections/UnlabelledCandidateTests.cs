using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A party's figure in a race for one seat or office, where the article names the party's candidate without
/// their party but every other candidate with theirs: the figure is that candidate's. Texts written here, with invented
/// people.</summary>
public class UnlabelledCandidateTests
{
    private static readonly DateOnly July2023 = new(2023, 7, 22);

    private const string Race = "The Conservatives have held Eastbrook by 495 votes in the by-election. Jane Doe polled 13,965 votes, against 13,470 for Labour's John Roe.";

    [Fact]
    public void The_winning_partys_share_is_its_one_candidate_the_article_gives_no_party() =>
        Assert.Contains(("eastbrook-by-election-2023", "Jane Doe", FigureKind.Share, 45.2m),
            Extract.Filed(Race + "\nThe Tory share was 45.2 per cent and Labour's 43.6 per cent.", July2023, "Jane Doe", "John Roe"));

    [Fact]
    public void A_losing_partys_votes_with_no_candidate_named_stay_the_partys() =>
        Assert.Contains(("eastbrook-by-election-2023", "Green Party", FigureKind.Votes, 904m),
            Extract.Filed(Race + "\nThe Greens took 904 votes.", July2023, "Jane Doe", "John Roe"));

    [Fact]
    public void The_winning_partys_majority_is_its_one_candidate_the_article_gives_no_party() =>
        Assert.Contains(("eastbrook-by-election-2023", "Jane Doe", FigureKind.Majority, 495m), Extract.Filed(Race, July2023, "Jane Doe", "John Roe"));

    [Fact]
    public void The_winning_partys_majority_told_later_is_its_candidates() =>
        Assert.Contains(("eastbrook-by-election-2023", "Jane Doe", FigureKind.Majority, 4478m),
            Extract.Filed("The Conservatives held Eastbrook in Thursday's by-election.\nJane Doe took 11,189 votes, with Labour's John Roe on 6,711. The Tory majority was 4,478.",
                July2023, "Jane Doe", "John Roe"));

    [Fact]
    public void A_seat_held_by_a_party_with_no_candidate_named_stays_the_partys() =>
        Assert.Contains(("eastbrook-by-election-2023", "Conservative", FigureKind.Majority, 495m),
            Extract.Filed("The Conservatives have held Eastbrook by 495 votes in the by-election.", July2023));

    [Fact]
    public void A_count_set_against_a_rivals_gives_the_winner_no_party_of_the_rival()
    {
        var result = Extract.From("The Conservatives have held Eastbrook in a by-election by 495 votes.\nJane Doe won 13,965 votes to 13,470 for Labour's John Roe.", July2023, "Jane Doe", "John Roe");
        Assert.DoesNotContain(result.Candidacies, c => c is { Candidate: "Jane Doe", Party: "Labour" });
        Assert.Contains(result.Figures, f => f is { Candidate: "Jane Doe", Kind: FigureKind.Majority });
    }
}
