using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>Numbers written in words: a share as a fraction of the vote, "a million". Texts written here.</summary>
public class WrittenNumberTests
{
    /// <summary>The text's one figure, as (party, kind, value, bound).</summary>
    private static (string? Party, FigureKind Kind, decimal Value, Bound Bound) Only(string text)
    {
        var figure = Assert.Single(ResultRun.Of(text, ResultRun.March2018).Figures);
        return (figure.Party, figure.Kind, figure.Value.Value, figure.Value.Bound);
    }

    [Theory]
    [InlineData("At the 2015 general election UKIP won an eighth of the vote.", 12.5, Bound.Approximate)]
    [InlineData("At the 2015 general election UKIP won nearly a third of the votes cast.", 33.3, Bound.Approximate)]
    [InlineData("At the 2015 general election UKIP took more than two-fifths of the ballots.", 40, Bound.MoreThan)]
    [InlineData("At the 2015 general election UKIP won half the vote.", 50, Bound.Approximate)]
    public void A_fraction_of_the_vote_is_a_share(string text, double share, Bound bound) =>
        Assert.Equal(("UKIP", FigureKind.Share, (decimal)share, bound), Only(text));

    [Theory]
    [InlineData("At the 2015 general election UKIP still took about one in ten votes.", 10, Bound.Approximate)]
    [InlineData("At the 2015 general election nearly one in three voters backed UKIP.", 33.3, Bound.Approximate)]
    [InlineData("At the 2015 general election UKIP won more than two in every five votes.", 40, Bound.MoreThan)]
    public void One_in_so_many_votes_is_a_share(string text, double share, Bound bound) =>
        Assert.Equal(("UKIP", FigureKind.Share, (decimal)share, bound), Only(text));

    [Theory]
    [InlineData("At the 2015 general election half the voters stayed at home.")]
    [InlineData("At the 2015 general election one in three UKIP members stayed at home.")]
    [InlineData("Before the 2015 general election UKIP needed a third of the votes needed to win a seat.")]
    [InlineData("At the 2015 general election UKIP won a third of the seats on the council.")]
    public void A_fraction_of_anything_but_the_vote_is_no_share(string text) =>
        Assert.DoesNotContain(ResultRun.Of(text, ResultRun.March2018).Figures, f => f.Kind == FigureKind.Share);

    [Theory]
    [InlineData("At the 2015 general election UKIP polled nearly a million votes.", 1_000_000, Bound.Approximate)]
    [InlineData("At the 2015 general election UKIP won half a million votes.", 500_000, Bound.Exact)]
    public void A_million_in_words_is_a_count(string text, int votes, Bound bound) =>
        Assert.Equal(("UKIP", FigureKind.Votes, (decimal)votes, bound), Only(text));

    [Fact]
    public void A_word_before_million_is_no_number_of_its_own() =>
        Assert.Null(NewsNumber.Parse("a"));
}
