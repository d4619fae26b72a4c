using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A person elected at a general election won a seat, not the election: the result line says "elected",
/// never that they won the UK's general election.</summary>
public class SeatWinnerLineTests(SeatWinnerLineTests.Factory factory) : IClassFixture<SeatWinnerLineTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("001.txt", "An interview\n\nLabour's Helen Carter was elected at the 2010 general election with 50% of the vote.\n");
            return folder;
        }
    }

    [Fact]
    public async Task A_person_elected_at_a_general_election_is_elected_not_the_winner()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/elections/uk-general-election-2010");
        var line = Assert.Single(page.QuerySelectorAll(".result-summary .winner-line"));
        Assert.Contains("Helen Carter", line.TextContent);
        Assert.Contains("elected", line.TextContent);
        Assert.DoesNotContain("won", line.TextContent);
    }

    [Fact]
    public async Task The_party_and_the_outcome_are_words_apart()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/elections/uk-general-election-2010");
        var line = Assert.Single(page.QuerySelectorAll(".result-summary .winner-line"));
        Assert.Contains("Helen Carter (Labour) elected", string.Join(' ', line.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }
}
