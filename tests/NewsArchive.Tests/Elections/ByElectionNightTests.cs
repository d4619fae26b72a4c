using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A night of several by-elections: the majority overturned in a seat the sentence names is that seat's at
/// the general election before, and a seat won that night, in a year of no general election, is its own by-election.
/// Texts written here.</summary>
public class ByElectionNightTests
{
    private static readonly DateOnly June2022 = new(2022, 6, 25);

    /// <summary>A by-election known as one only by reading: a seat held now, in a year of no general election.</summary>
    private const string Opening = "The Conservatives have held their former seat of Westbury by 495 votes on Thursday night.\n";

    [Theory]
    [InlineData("Elsewhere, Labour overturned a Tory majority of 20,137 in Northmoor and Eastvale, where a 25-year-old became the youngest MP.")]
    [InlineData("In the north, Labour overturned a Conservative majority of 20,137 to win Northmoor and Eastvale.")]
    public void A_majority_overturned_in_a_seat_named_is_that_seats_at_the_general_election_before(string sentence) =>
        Assert.Contains(("northmoor-and-eastvale-2019", "Conservative", FigureKind.Majority, 20_137m), Extract.Filed(Opening + sentence, June2022));

    [Fact]
    public void A_seat_won_that_night_is_its_own_by_election_and_the_party_clause_owns_the_majority()
    {
        var filed = Extract.Filed(Opening + "Labour's joy came on a night when it overturned a Tory majority of 20,137 in Wakefield, where Jane Doe becomes the youngest MP, "
            + "and the Liberal Democrats took Tiverton and Honiton with a majority of more than 6,000.", June2022, "Jane Doe");
        Assert.Contains(("tiverton-and-honiton-by-election-2022", "Liberal Democrats", FigureKind.Majority, 6_000m), filed);
        Assert.Contains(("wakefield-2019", "Conservative", FigureKind.Majority, 20_137m), filed);
    }

    /// <summary>"in London" after the majority names a region, not the seat it was overturned in.</summary>
    [Fact]
    public void A_region_after_the_majority_is_no_seat() =>
        Assert.DoesNotContain(Extract.Slugs(Opening + "Elsewhere, Labour overturned a Tory majority of 20,137 in London.", June2022), slug => slug == "london-2019");

    /// <summary>A seat won in a sentence that names a devolved parliament's election is that parliament's seat.</summary>
    [Fact]
    public void A_seat_won_at_a_devolved_parliaments_election_is_no_by_election() =>
        Assert.DoesNotContain(Extract.Slugs("In the Scottish Parliament election on Thursday, the Liberal Democrats took Southdale with a majority of 3,000.", new DateOnly(2021, 5, 8)),
            slug => slug.StartsWith("southdale-by-election", StringComparison.Ordinal));
}
