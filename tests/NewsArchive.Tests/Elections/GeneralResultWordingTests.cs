using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A general election reported the morning after with no words "general election": a term of government
/// won. Texts written here.</summary>
public class GeneralResultWordingTests
{
    private static readonly DateOnly MorningAfter = new(2005, 5, 6);

    private static ElectionExtraction Run(string text) => Extract.From(text, MorningAfter, "Jane Doe", "John Roe");

    [Fact]
    public void TermWon_a_third_term_won_is_the_general_election_near_polling_day() =>
        Assert.Contains(("uk-general-election-2005", "Labour", 356m),
            Run("Labour has won a historic third term in power.\nLabour won 356 seats, the Conservatives 197 and the Liberal Democrats 62.")
                .Figures.Select(f => (f.ElectionSlug, f.Party, f.Value.Value)));

    [Fact]
    public void TermWon_a_term_as_mayor_is_no_general_election() =>
        Assert.DoesNotContain(Run("Jane Doe has won a third term as mayor.").Elections, e => e.Kind == ElectionKind.General);

    [Theory]
    [InlineData("Labour gained 30 seats to reach 262.", 262)]
    [InlineData("Labour gained 33 seats to finish on 198, its best result since 1997.", 198)]
    [InlineData("Labour lost 13 seats to end up with 318.", 318)]
    [InlineData("Labour gained 12 seats to take its total to 40.", 40)]
    public void Seats_a_change_ends_on_are_the_partys_seats(string sentence, int seats)
    {
        var figures = Run("Labour has won a historic third term in power.\n" + sentence).Figures;
        Assert.Contains(("uk-general-election-2005", "Labour", FigureKind.Seats, (decimal)seats), figures.Select(f => (f.ElectionSlug, f.Party, f.Kind, f.Value.Value)));
    }

    [Theory]
    [InlineData("Eastbrook fell to Labour by just 20 votes after three recounts.")]
    [InlineData("The seat went to Labour by 20 votes.")]
    public void A_seat_that_fell_to_a_party_by_so_many_votes_is_its_majority(string sentence)
    {
        var figure = Assert.Single(Run("Labour has won a historic third term in power.\n" + sentence).Figures);
        Assert.Equal(("Labour", FigureKind.Majority, 20m), (figure.Party, figure.Kind, figure.Value.Value));
    }

    [Theory]
    [InlineData("Labour's majority in Eastbrook and Ferry fell to 14,188.", "Labour", 14188)]
    [InlineData("In Eastbrook, Jane Doe overturned a Conservative majority of 1,554 to win by 4,774 votes.", "Jane Doe", 4774)]
    public void A_seats_majority_told_after_its_name_or_a_majority_overturned_is_read(string sentence, string subject, int majority) =>
        Assert.Contains((subject, FigureKind.Majority, (decimal)majority),
            Run("Labour has won a historic third term in power.\n" + sentence).Figures.Select(f => (f.Candidate ?? f.Party, f.Kind, f.Value.Value)));

    [Theory]
    [InlineData("Labour won 356 seats, down from 413.", 413, "uk-general-election-2001")]
    [InlineData("The Greens took 1.1 per cent of the vote, up from 0.6 per cent.", 0.6, "uk-general-election-2001")]
    [InlineData("Turnout was 61.4 per cent, up from 59.4 per cent.", 59.4, "uk-general-election-2001")]
    [InlineData("Labour won 356 seats, down from 418 in 1997.", 418, "uk-general-election-1997")]
    public void A_number_changed_from_is_the_contest_befores(string sentence, double value, string slug) =>
        Assert.Contains(((decimal)value, slug),
            Run("Labour has won a historic third term in power.\n" + sentence).Figures.Select(f => (f.Value.Value, f.ElectionSlug)));

    [Fact]
    public void HungParliament_a_parliament_no_party_won_is_the_general_election_near_polling_day() =>
        Assert.Contains(("uk-general-election-2010", "Conservative", FigureKind.Seats, 306m),
            Extract.From("""
                Britain faces its first hung parliament since February 1974.
                The Conservatives won 306 seats, Labour 258 and the Liberal Democrats 57.
                The Prime Minister will stay in Downing Street while the parties talk.
                The Liberal Democrats hold the balance of power.
                """,
                new DateOnly(2010, 5, 7)).Figures.Select(f => (f.ElectionSlug, f.Party, f.Kind, f.Value.Value)));
}
