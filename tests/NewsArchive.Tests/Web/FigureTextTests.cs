using NewsArchive.Elections;
using NewsArchive.Language;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Tests.Web;

/// <summary>How a figure reads on a page.</summary>
public class FigureTextTests
{
    private static string Text(FigureKind kind, decimal value, Bound bound = Bound.Exact, int? outOf = null) =>
        FigureText.Of(new ElectionQueries.Figure(kind, value.ToString(), value, bound, CountRound.NotStated, FigureStatus.Result, false, outOf, false,
            new ElectionQueries.Source(1, "a", "A", null, 0, "A sentence.")));

    [Theory]
    [InlineData(FigureKind.Seats, 1, "1 seat")]
    [InlineData(FigureKind.Seats, 2, "2 seats")]
    [InlineData(FigureKind.MarginPoints, 1, "1 point")]
    [InlineData(FigureKind.MarginPoints, 11, "11 points")]
    public void One_an_exact_one_takes_the_singular(FigureKind kind, int value, string expected) => Assert.Equal(expected, Text(kind, value));

    [Fact]
    public void One_a_seat_out_of_a_total_keeps_the_plural() => Assert.Equal("1 of 25 seats", Text(FigureKind.Seats, 1, outOf: 25));

    [Theory]
    [InlineData("about one in ten votes", 10, "about one in ten votes (10%)")]
    [InlineData("nearly a third of the vote", 33.3, "nearly a third of the vote (33.3%)")]
    [InlineData("about 56", 56, "about 56%")]
    public void A_share_in_words_keeps_its_words_and_gives_its_number(string written, double value, string expected) =>
        Assert.Equal(expected, FigureText.Of(new ElectionQueries.Figure(FigureKind.Share, written, (decimal)value, Bound.Approximate, CountRound.NotStated, FigureStatus.Result, false, null, false,
            new ElectionQueries.Source(1, "a", "A", null, 0, "A sentence."))));

    [Theory]
    [InlineData(ElectionKind.Local, "England", "A round of local elections (England), held on 6 May 2021.")]
    [InlineData(ElectionKind.EuropeanParliament, "UK", "A European Parliament election (UK), held on 6 May 2021.")]
    [InlineData(ElectionKind.Foreign, "France", "An election abroad (France), held on 6 May 2021.")]
    public void WhatItWas_a_mentioned_election_is_named_in_good_English(ElectionKind kind, string area, string expected) =>
        Assert.Equal(expected, FigureText.WhatItWas(kind, area, 2021, new DateOnly(2021, 5, 6)));
}
