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
    public void A_sentence_opening_on_the_poll_after_an_exit_poll_tells_its_figures(string text) =>
        Assert.Equal([("Conservative", FigureStatus.ExitPoll, 316m)], Figures(text));

    [Fact]
    public void A_declared_result_after_an_exit_poll_is_a_result() =>
        Assert.Equal([("Conservative", FigureStatus.Result, 331m)],
            Figures("An exit poll was published as the polls closed in the general election.\nIt was wrong: the Conservatives won 331 seats when every result was declared."));
}
