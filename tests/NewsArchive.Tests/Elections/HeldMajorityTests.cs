using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A majority a sitting member has now, in wordings written here: it was won at the last general election
/// before the article, whatever election to come the sentence also names, and it is the member's party's when the
/// member is named only by party and seat.</summary>
public class HeldMajorityTests
{
    private static readonly DateOnly SpringAfter = new(2016, 3, 2);

    [Theory]
    [InlineData("The Conservative MP for Eastfield, who has a 19,000 majority, has said he will stand down at the next election.")]
    [InlineData("The Conservative MP for Eastfield, who has a 19,000 majority, has said he will stand down.")]
    public void A_majority_a_member_has_is_the_last_general_elections(string line) =>
        Assert.Contains(("uk-general-election-2015", "Conservative", FigureKind.Majority, 19000m), Extract.Filed(line, SpringAfter));

    [Fact]
    public void A_named_members_majority_is_theirs_with_an_election_ahead_named() =>
        Assert.Contains(("uk-general-election-2015", "Jane Doe", FigureKind.Majority, 6932m),
            Extract.Filed("Jane Doe, the Labour MP for Eastfield, has a majority of 6,932 and is expected to hold the seat at the next election.", SpringAfter, "Jane Doe"));

    [Theory]
    [InlineData("Labour needs a majority of 40 at the next election.")]
    [InlineData("Labour hopes to win a majority of 40 at the next election.")]
    public void A_majority_hoped_for_at_the_next_election_is_no_result(string line) =>
        Assert.Empty(Extract.Filed(line, SpringAfter));
}
