using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Which count a union's results story gives, and who it says was elected, as student papers write a
/// preferential count: by its rounds and transfers, in asides. Texts written here.</summary>
public class BodyCountRoundTests
{
    private static readonly DateOnly Spring2019 = new(2019, 3, 15);

    private static ElectionExtraction Read(string text, params string[] people) =>
        Extract.From("The results of Northfield Union’s Leadership Elections were announced on Friday.\n" + text, Spring2019, people);

    [Theory]
    [InlineData("Kim Park was elected in the 4th Round with 1,806 votes.")]
    [InlineData("Kim Park will be Welfare Officer after being elected in the third round with 1,806 votes.")]
    [InlineData("Kim Park won with 1,806 votes in the fifth round.")]
    public void A_later_round_by_its_number_is_the_deciding_count(string text) =>
        Assert.Equal(CountRound.Final, Assert.Single(Read(text, "Kim Park").Figures).Round);

    [Fact]
    public void After_transfers_the_count_is_the_deciding_one_and_the_first_round_stays_first()
    {
        var figures = Read("""
            In the first round of voting, Lee Chan received 1793 votes and Sam Fox received 1780 votes.
            When the votes were transfered from other candidates Lee Chan eventually won with 1848 votes to Sam Fox’s 1822.
            """, "Lee Chan", "Sam Fox").Figures;

        Assert.Equal([(1780m, CountRound.FirstPreferences), (1793m, CountRound.FirstPreferences), (1822m, CountRound.Final), (1848m, CountRound.Final)],
            figures.Select(f => (f.Value.Value, f.Round)).Order().ToList());
    }

    [Theory]
    [InlineData("The Welfare Officer will be Kim Park, who was elected in the 4th Round with 1806 votes.")]
    [InlineData("Kim Park, this year’s RAG Chair, will be Union President, after being elected with 2395 votes in the 4th Round.")]
    [InlineData("The Finance Officer will be Kim Park, who was elected with 2914 votes.")]
    public void An_aside_saying_the_candidate_was_elected_with_the_count_is_a_win(string text) =>
        Assert.Equal(Outcome.Elected, Assert.Single(Read(text, "Kim Park").Candidacies, c => c.Candidate == "Kim Park").Outcome);

    [Fact]
    public void Whom_the_winner_beat_is_not_elected_by_the_verb_that_elects_the_winner()
    {
        var candidacies = Read("Kim Park beat closest contender Lee Chan in the third stage of the voting process by 1983 to 1593 votes to be elected Union president.",
            "Kim Park", "Lee Chan").Candidacies;
        Assert.Equal(Outcome.Elected, Assert.Single(candidacies, c => c.Candidate == "Kim Park").Outcome);
        Assert.Equal(Outcome.Defeated, Assert.Single(candidacies, c => c.Candidate == "Lee Chan").Outcome);
    }

    [Fact]
    public void An_aside_about_an_older_election_is_no_win_in_this_one() =>
        Assert.DoesNotContain(Read("Kim Park, who was elected in 2016, said the vote was fair.", "Kim Park").Candidacies,
            c => c.Candidate == "Kim Park" && c.Outcome == Outcome.Elected);
}
