using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>"The party" opening a sentence, or "the party" that votes were cast for, is the party the sentence
/// before named, as "they" is.</summary>
public class PartyAnaphorTests
{
    private static readonly DateOnly January2016 = new(2016, 1, 10);

    [Theory]
    [InlineData("The party also won one seat.")]
    [InlineData("The party won just one seat.")]
    public void A_sentence_opening_on_the_party_wins_seats_for_the_party_before(string text) =>
        Assert.Contains(("uk-general-election-2015", "UKIP", FigureKind.Seats, 1m),
            Extract.Filed("UKIP won 3.8 million votes at the 2015 general election.\n" + text, January2016));

    [Fact]
    public void A_sentence_opening_on_the_party_wins_a_share_for_the_party_before() =>
        Assert.Contains(("uk-general-election-2015", "UKIP", FigureKind.Share, 12.6m),
            Extract.Filed("UKIP won 3.8 million votes at the 2015 general election.\nThe party won 12.6% of the vote.", January2016));

    [Theory]
    [InlineData("Despite 3.8 million votes being cast for the party, it won no other.", FigureKind.Votes, 3_800_000)]
    [InlineData("Despite 3.8 million votes (12.6%) being cast for the party, it won no other.", FigureKind.Share, 12.6)]
    public void Votes_cast_for_the_party_are_the_party_befores(string text, FigureKind kind, decimal value) =>
        Assert.Contains(("uk-general-election-2015", "UKIP", kind, value),
            Extract.Filed("UKIP won one seat at the 2015 general election.\n" + text, January2016));

    [Fact]
    public void The_party_names_no_owner_where_no_party_was_named() =>
        Assert.DoesNotContain(Extract.Filed("Jane Doe won the 2015 general election in Westfield.\nThe party won 12.6% of the vote.", January2016, "Jane Doe"),
            f => f.Value == 12.6m && f.Subject != "-");

    [Fact]
    public void An_earlier_years_figure_with_no_owner_is_the_owners_of_the_same_measure_before_it() =>
        Assert.Contains(("uk-general-election-2010", "UKIP", FigureKind.Share, 3.1m),
            Extract.Filed("UKIP won one seat at the 2015 general election.\nDespite 3.8 million votes (12.6%) being cast for the party in 2015, a fourfold increase from 2010 (3.1%), it won no other.", January2016));
}
