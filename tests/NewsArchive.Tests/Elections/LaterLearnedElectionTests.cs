using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>An election the article names only after a candidate's earlier mention must not trip the
/// second reading, which knows the candidate's election before it has met the sentence naming it.</summary>
public class LaterLearnedElectionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("2021-05-08")]
    public void A_candidate_whose_election_is_named_later_is_read_without_error(string? published)
    {
        var date = published is null ? (DateOnly?)null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var result = Extract.From("""
            Jane Doe came second with 35 per cent of the vote.
            Jane Doe lost the election for mayor of Tees Valley in 2017 to Ann Roe.
            """, date, "Jane Doe", "Ann Roe");
        Assert.Contains(result.Elections, e => e.Slug == "tees-valley-mayor-2017");
    }
}
