using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A nation's office won for a term, or won at an election, named by the nation's adjective: that country's
/// election. Texts written here.</summary>
public class TermAsOfficeTests
{
    private static readonly DateOnly September2017 = new(2017, 9, 26);

    [Theory]
    [InlineData("Jane Doe has won a fourth term as German chancellor.")]
    [InlineData("Jane Doe was re-elected as German chancellor on Sunday.")]
    public void A_term_won_as_a_nations_office_is_its_election(string text) =>
        Assert.Contains((ElectionKind.Foreign, "Germany", 2017), Extract.Elections(text, September2017));

    [Fact]
    public void Its_figures_are_read() =>
        Assert.Contains(("germany-election-2017", "AfD", FigureKind.Share, 12.6m),
            Extract.Filed("Jane Doe has won a fourth term as German chancellor.\nThe far-right AfD came third with 12.6%.", September2017, "Jane Doe"));

    [Fact]
    public void A_British_prime_ministers_term_is_no_foreign_election() =>
        Assert.DoesNotContain(Extract.Elections("Jane Doe has won a second term as British prime minister.", September2017), e => e.Kind == ElectionKind.Foreign);
}
