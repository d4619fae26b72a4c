using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Results told by the order of the race ("topped the poll", "finished behind"), and seats won in a body
/// with no election word. Texts written here, as the morning after a European election.</summary>
public class RaceOrderWordingTests
{
    private static readonly DateOnly MorningAfter = new(2009, 6, 8);

    private const string Opening = "The Greens came second in the European elections.\n";

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Shares(string sentence) =>
        ResultRun.Figures(ResultRun.Of(Opening + sentence, MorningAfter)).Where(f => f.Kind == FigureKind.Share).ToList();

    [Theory]
    [InlineData("The Conservatives topped the poll on 27.7%.")]
    [InlineData("The Conservatives took 27.7% of the vote.")]
    public void A_share_after_the_election_is_named_is_the_subjects(string sentence) =>
        Assert.Equal([("Conservative", FigureKind.Share, 27.7m)], Shares(sentence));

    [Theory]
    [InlineData("Labour finished behind the Greens with 15.7%.")]
    [InlineData("Labour was pushed into third place, behind the Greens, with 15.7% of the vote.")]
    public void The_party_placed_against_is_not_the_owner(string sentence) =>
        Assert.Equal([("Labour", FigureKind.Share, 15.7m)], Shares(sentence));

    [Fact]
    public void Seats_won_in_the_European_Parliament_are_its_elections() =>
        Assert.Contains(("european-parliament-election-2009", "Green Party", 2m),
            Extract.From("The Green Party has won two seats in the European Parliament.", MorningAfter).Figures.Select(f => (f.ElectionSlug, f.Party, f.Value.Value)));

    [Fact]
    public void Seats_held_in_the_European_Parliament_are_no_election() =>
        Assert.Empty(Extract.From("The Green Party has two seats in the European Parliament.", MorningAfter).Elections);

    [Theory]
    [InlineData("Jane Doe was re-elected mayor of London.\nHer winning margin of 228,433 was a record.")]
    [InlineData("Jane Doe was re-elected mayor of London.\nThe margin of 228,433 was the largest yet.")]
    public void A_margin_in_thousands_before_was_is_the_winners_majority(string text) =>
        Assert.Equal([("Jane Doe", FigureKind.Majority, 228_433m)], ResultRun.Figures(ResultRun.Of(text, new DateOnly(2021, 5, 9))));
}
