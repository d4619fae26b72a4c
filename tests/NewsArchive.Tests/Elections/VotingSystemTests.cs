using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>The voting system a contest is held by, and one that is only talked of. Texts written here.</summary>
public class VotingSystemTests
{
    private static readonly DateOnly AfterGeneral2015 = new(2015, 5, 11);

    private static string? SystemOf(string text) =>
        Extract.From(text, AfterGeneral2015).Elections.Single(e => e.Kind == ElectionKind.General).VotingSystem;

    [Theory]
    [InlineData("The 2015 general election was held under first-past-the-post, and the Conservatives won 331 seats.")]
    [InlineData("The Conservatives won 331 seats at the 2015 general election, fought using first-past-the-post.")]
    public void A_system_the_contest_is_held_under_is_its_own(string text) =>
        Assert.Equal("first past the post", SystemOf(text));

    [Fact]
    public void A_system_offered_and_turned_down_is_no_contests() =>
        Assert.Null(SystemOf("The Conservatives won 331 seats at the 2015 general election.\nFour years before, the country was offered the alternative vote and turned it down."));
}
