using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>One the article gives an elected office, said to be elected in a year, in a sentence that names no
/// election: that office's election of the year. Texts written here.</summary>
public class OfficeHolderElectionTests
{
    private static readonly DateOnly October2013 = new(2013, 10, 25);

    /// <summary>With the people reading itself, which gives the offices ("The Mayor of London, Jane Doe").</summary>
    private static ElectionExtraction Read(string text)
    {
        var paragraphs = text.Split('\n');
        return NewsArchive.Elections.Extraction.ElectionExtractor.Extract(paragraphs, NewsArchive.People.Extraction.PersonExtractor.Extract(paragraphs), October2013);
    }

    [Fact]
    public void A_pronoun_for_the_office_holder_re_elected_in_a_year_is_that_years_mayoral_election()
    {
        var result = Read("The Mayor of London, Jane Doe, is popular.\nShe was re-elected in 2012 with a 44% mandate.");
        Assert.Equal(["london-mayor-2012"], result.Elections.Select(e => e.Slug));
        Assert.Contains(result.Figures, f => f is { Candidate: "Jane Doe", Kind: FigureKind.Share } && f.Value.Value == 44m);
    }

    [Fact]
    public void The_office_holder_by_name_first_elected_in_a_year_won_that_years_mayoral_election() =>
        Assert.Contains(Read("Jane Doe, the Mayor of London, is popular.\nDoe was first elected in 2008.").Candidacies,
            c => c is { Candidate: "Jane Doe", Outcome: Outcome.Elected, ElectionSlug: "london-mayor-2008" });

    [Fact]
    public void Voting_the_office_holder_back_into_power_in_a_year_names_that_years_mayoral_election() =>
        Assert.Equal(["london-mayor-2012"], Read("The Mayor of London, Jane Doe, is popular.\nI voted her back into power in 2012.").Elections.Select(e => e.Slug));

    [Theory]
    [InlineData("The Mayor of London, Jane Doe, is popular.\nThe council leader, John Roe, was re-elected in 2012.")]
    [InlineData("The Mayor of London, Jane Doe, is popular.\nShe was elected in 2011 as chair of the committee.")]
    public void One_holding_no_such_office_or_a_year_without_its_election_names_none(string text) =>
        Assert.Empty(Read(text).Elections);
}
