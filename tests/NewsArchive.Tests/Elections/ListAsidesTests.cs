using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A list of parties' seats that goes on after a record set ("its worst result since ...") and a count
/// written "just five"; a referendum's share told as backing the change. Texts written here.</summary>
public class ListAsidesTests
{
    private static readonly DateOnly May2011 = new(2011, 5, 7);

    [Theory]
    [InlineData("Conservative", 15)]
    [InlineData("Liberal Democrats", 5)]
    public void A_list_goes_on_after_a_record_set(string party, decimal seats) =>
        Assert.Contains(("scottish-parliament-2011", party, FigureKind.Seats, seats),
            Extract.Filed("The SNP has won a majority in the Scottish Parliament, taking 69 of the 129 seats.\nLabour fell to 37 seats, its worst result since devolution, while the Conservatives won 15 and the Liberal Democrats just five.", May2011));

    [Fact]
    public void A_share_backing_the_change_is_Yes()
    {
        var filed = Extract.Filed("Voters have rejected the Alternative Vote in Thursday's referendum.\nThe No campaign won 67.9% of the vote, with 32.1% backing the change.", May2011);
        Assert.Contains(("referendum-in-uk-2011", "Yes", FigureKind.Share, 32.1m), filed);
        Assert.DoesNotContain(("referendum-in-uk-2011", "No", FigureKind.Share, 32.1m), filed);
    }
}
