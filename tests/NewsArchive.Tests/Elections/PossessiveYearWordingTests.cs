using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>An election named by its place's possessive and its year: "London's 2016 mayoral election",
/// "Hartlepool's 2004 by-election". Texts written here.</summary>
public class PossessiveYearWordingTests
{
    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text) =>
        Extract.From(text, new DateOnly(2016, 7, 10)).Elections.Select(e => (e.Kind, e.Area, e.Year)).ToList();

    [Theory]
    [InlineData("Sadiq Khan won London's 2016 mayoral election with 57% of the vote.", 2016)]
    [InlineData("London's 2012 mayoral race was won by Boris Johnson.", 2012)]
    public void A_mayoralty_named_with_its_year(string text, int year) =>
        Assert.Equal([(ElectionKind.Mayoral, "London", year)], Found(text));

    [Fact]
    public void A_by_election_named_with_its_year() =>
        Assert.Equal([(ElectionKind.ByElection, "Hartlepool", 2004)], Found("Hartlepool's 2004 by-election was won by Labour's Iain Wright."));

    [Fact]
    public void A_partys_candidate_of_a_year_names_no_place() =>
        Assert.DoesNotContain(Found("Labour's 2016 mayoral candidate is ahead in the polls."), e => e.Area == "Labour");
}
