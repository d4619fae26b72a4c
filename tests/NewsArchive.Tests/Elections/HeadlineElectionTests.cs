using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Another country's election named in a headline with no word of its time: the contest of the article's
/// day. In the body the same words settle nothing on their own. Texts written here.</summary>
public class HeadlineElectionTests
{
    private static readonly DateOnly November2019 = new(2019, 11, 8);

    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Read(string headline, string body) =>
        Extract.WithHeadline(headline, body, November2019).Elections.Select(e => (e.Kind, e.Area, e.Year)).ToList();

    [Fact]
    public void Headline_another_countrys_election_is_the_one_of_the_articles_year() =>
        Assert.Equal([(ElectionKind.Foreign, "Spain", 2019)], Read("Understanding the Spanish Election", "Parties are competing for a divided electorate."));

    [Fact]
    public void Headline_an_indefinite_election_is_none() =>
        Assert.Empty(Read("Would a Spanish election change anything?", "Parties are competing for a divided electorate."));

    [Fact]
    public void Body_the_same_words_with_no_time_settle_nothing() =>
        Assert.Empty(Read("Politics this week", "Analysts said the Portuguese election was close."));
}
