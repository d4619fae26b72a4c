using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>An exit poll's figures told in the sentence after the one that names it. Texts written here, as the
/// night of a general election.</summary>
public class ExitPollSentenceTests
{
    private static readonly DateOnly Night = new(2015, 5, 7);

    private static IReadOnlyList<(string Subject, FigureStatus Status, decimal Value)> Figures(string text) =>
        Extract.From(text, Night).Figures.Select(f => (f.Candidate ?? f.Party ?? "-", f.Status, f.Value.Value)).ToList();

    [Theory]
    [InlineData("An exit poll was published as the polls closed in the general election.\nIt gave the Conservatives 316 seats.")]
    [InlineData("An exit poll was published as the polls closed in the general election.\nThe survey gave the Conservatives 316 seats.")]
    [InlineData("An exit poll was published as the polls closed in the general election.\nThe survey for the three broadcasters suggests the Conservatives will win 316 seats.")]
    public void A_sentence_opening_on_the_poll_after_an_exit_poll_tells_its_figures(string text) =>
        Assert.Equal([("Conservative", FigureStatus.ExitPoll, 316m)], Figures(text));

    [Fact]
    public void A_forecast_of_bare_seats_after_the_polls_seats_goes_on_telling_the_poll() =>
        Assert.Equal([("Conservative", FigureStatus.ExitPoll, 316m), ("Labour", FigureStatus.ExitPoll, 239m), ("Liberal Democrats", FigureStatus.ExitPoll, 10m)],
            Figures("An exit poll was published as the polls closed in the general election.\nIt gave the Conservatives 316 seats.\nLabour is forecast to take 239 and the Liberal Democrats 10, with other parties sharing the rest."));

    [Fact]
    public void A_forecast_of_bare_seats_after_a_result_is_no_figure() =>
        Assert.Equal([("Conservative", FigureStatus.Result, 331m)],
            Figures("The Conservatives won 331 seats at the general election.\nLabour is forecast to take 239 and the Liberal Democrats 10 next time."));

    [Fact]
    public void A_declared_result_after_an_exit_poll_is_a_result() =>
        Assert.Equal([("Conservative", FigureStatus.Result, 331m)],
            Figures("An exit poll was published as the polls closed in the general election.\nIt was wrong: the Conservatives won 331 seats when every result was declared."));
}
