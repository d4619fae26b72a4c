using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A count told while states are still too close to call, or "on the latest figures", is a tally. Texts
/// written here.</summary>
public class CountStillRunningTests
{
    private static readonly DateOnly November2008 = new(2008, 11, 6);

    private const string Elected = "Jane Doe has been elected president of the United States.\n";

    private static FigureStatus StatusOf(string sentence, decimal value) =>
        Extract.From(Elected + sentence, November2008, "Jane Doe", "John Roe").Figures.First(f => f.Value.Value == value).Status;

    [Fact]
    public void Electoral_votes_while_states_are_too_close_to_call_are_a_tally() =>
        Assert.Equal(FigureStatus.Tally, StatusOf("By midday, with Ohio and Iowa still too close to call, Ms Doe had 349 electoral votes.", 349m));

    [Fact]
    public void A_share_on_the_latest_figures_is_a_tally() =>
        Assert.Equal(FigureStatus.Tally, StatusOf("On the latest figures, Ms Doe won the popular vote by 52% to 46%.", 52m));

    [Fact]
    public void The_latest_of_something_else_leaves_a_result() =>
        Assert.Equal(FigureStatus.Result, StatusOf("Ms Doe won 349 electoral votes, the latest in a long run of Democratic victories.", 349m));
}
