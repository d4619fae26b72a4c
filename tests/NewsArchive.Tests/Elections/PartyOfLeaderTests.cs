using NewsArchive.Elections;
using NewsArchive.Elections.Extraction;
using NewsArchive.People;

namespace NewsArchive.Tests.Elections;

/// <summary>A general election's national figures told of a party's leader or of "the party": whose they are. Texts
/// written here.</summary>
public class PartyOfLeaderTests
{
    private static readonly DateOnly AfterPolls = new(2015, 5, 11);

    [Fact]
    public void A_leaders_party_named_by_the_sentence_before_is_that_party()
    {
        var result = Extract.From("At the general election the Conservatives won 331 seats.\nLabour went backwards. Ed Miliband's party won 232 seats.", AfterPolls, "Ed Miliband");
        Assert.Contains(("Labour", FigureKind.Seats, 232m), ResultRun.Figures(result));
    }

    [Fact]
    public void A_party_given_its_result_in_the_sentence_before_is_not_the_next_leaders_party()
    {
        var result = Extract.From("The Conservatives won 331 seats at the general election. Ed Miliband's party won 232 seats.", AfterPolls, "Ed Miliband");
        Assert.DoesNotContain(ResultRun.Figures(result), f => f.Value == 232m);
    }

    [Fact]
    public void A_leaders_party_named_by_the_sentence_before_owns_a_figure_of_another_kind_than_that_sentences()
    {
        var result = Extract.From("Labour fell back to 258 seats at the general election. Gordon Brown's party took 29% of the vote.", AfterPolls, "Gordon Brown");
        Assert.Contains(("Labour", FigureKind.Share, 29m), ResultRun.Figures(result));
    }

    [Fact]
    public void A_members_share_of_a_general_elections_vote_is_the_partys()
    {
        var result = Extract.From("Conservative leader David Cameron spoke in Witney.\nAt the general election, Gordon Brown's Labour took 29% of the vote, while David Cameron's share was a touch over 36%.", AfterPolls, "David Cameron", "Gordon Brown");
        Assert.Contains(("Conservative", FigureKind.Share, 36m), ResultRun.Figures(result));
        Assert.DoesNotContain(ResultRun.Figures(result), f => f.Subject == "David Cameron");
    }

    [Fact]
    public void A_members_share_in_their_own_seat_stays_theirs()
    {
        var filed = Extract.Filed("At the general election, Conservative leader David Cameron held Witney with 55.2% of the vote.", AfterPolls, "David Cameron");
        Assert.Contains(filed, f => f.Subject == "David Cameron" && f.Kind == FigureKind.Share && f.Value == 55.2m);
    }

    [Fact]
    public void A_leaders_party_after_another_paragraph_is_not_guessed()
    {
        var result = Extract.From("At the general election the Conservatives won 331 seats. Labour went backwards.\nEd Miliband's party won 232 seats.", AfterPolls, "Ed Miliband");
        Assert.DoesNotContain(ResultRun.Figures(result), f => f.Value == 232m);
    }

    [Fact]
    public void The_partys_share_is_the_share_of_the_party_just_named()
    {
        var result = Extract.From("At the general election the Conservatives won 331 seats. The party's share, 36.9%, was barely higher than in 2010.", AfterPolls);
        Assert.Contains(("Conservative", FigureKind.Share, 36.9m), ResultRun.Figures(result));
    }

    private const string CameronsSeats = "At the general election David Cameron had 331 seats and a 12-seat majority.";

    [Fact]
    public void A_leaders_seats_and_majority_are_the_party_the_archive_gives_the_leader()
    {
        var paragraphs = new[] { CameronsSeats };
        var result = ElectionExtractor.Extract(paragraphs, TestPeople.Find(paragraphs, ["David Cameron"]), AfterPolls,
            archiveParties: new Dictionary<string, string> { [PersonName.Key("David Cameron")] = "Conservative" });
        Assert.Equal([("Conservative", FigureKind.Majority, 12m), ("Conservative", FigureKind.Seats, 331m)], ResultRun.Figures(result).Order());
    }

    [Fact]
    public void A_leaders_seats_with_no_party_known_are_left_out() =>
        Assert.DoesNotContain(ResultRun.Figures(Extract.From(CameronsSeats, AfterPolls, "David Cameron")), f => f.Kind == FigureKind.Seats);
}
