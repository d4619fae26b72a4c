using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A party that "took" a per cent, with no word of votes in its sentence (invented wording), took a share
/// of the vote; a per cent of anything else is still none.</summary>
public class PartyTookShareTests
{
    private static readonly DateOnly Weekend = new(2015, 5, 10);
    private const string Opening = "In the general election Labour's share of the vote fell to 35.2%.\n";

    [Fact]
    public void A_party_that_took_a_per_cent_and_the_next_in_its_list_have_shares()
    {
        var filed = Extract.Filed(Opening + "The Tories took 32.3% and the Lib Dems 22.1%, up almost four points.", Weekend);
        Assert.Contains(("uk-general-election-2015", "Conservative", FigureKind.Share, 32.3m), filed);
        Assert.Contains(("uk-general-election-2015", "Liberal Democrats", FigureKind.Share, 22.1m), filed);
    }

    [Fact]
    public void A_per_cent_of_something_else_a_party_took_is_no_share() =>
        Assert.DoesNotContain(Extract.Filed(Opening + "The Tories took 32.3% of the seats in the south.", Weekend), f => f.Value == 32.3m);
}
