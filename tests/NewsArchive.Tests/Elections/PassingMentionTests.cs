using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Elections an article refers to in passing, without the word "election": a government won, a country's
/// voters choosing. Texts written here.</summary>
public class PassingMentionTests
{
    private static IReadOnlyList<string> Slugs(string text, DateOnly? published = null) =>
        Extract.From(text, published ?? new DateOnly(2015, 3, 20)).Elections.Select(e => e.Slug).ToList();

    [Theory]
    [InlineData("Labour won a landslide in 1997 and again four years later.")]
    [InlineData("Spending has doubled since Labour came to power in 1997.")]
    [InlineData("Labour won power in 1997 with a promise of change.")]
    public void WonIn_a_government_won_in_a_general_elections_year_is_that_election(string text) =>
        Assert.Equal(["uk-general-election-1997"], Slugs(text));

    [Fact]
    public void WonIn_a_party_that_last_won_a_majority_names_that_years_election() =>
        Assert.Equal(["uk-general-election-1992"], Slugs("The Conservatives last won a majority in 1992."));

    [Theory]
    [InlineData("The council leader won a majority in 1992.")]
    [InlineData("The mayor won a landslide in 2001.")]
    [InlineData("Jane Doe won a majority in 1992.")]
    [InlineData("Labour won power in 1996.")]
    [InlineData("Narendra Modi won a landslide in 2019.")]
    [InlineData("In India, the BJP won a landslide in 2019, and Labour watched.")]
    [InlineData("When Emmanuel Macron won in 2017, the Conservatives sent their congratulations.")]
    [InlineData("Since Jeremy Corbyn won in 2015, Labour's membership has tripled.")]
    [InlineData("When England won in 1966, Harold Wilson was Prime Minister.")]
    public void WonIn_no_party_another_kind_or_no_general_election_that_year_is_none(string text) =>
        Assert.DoesNotContain("uk-general-election", string.Join(' ', Slugs(text)));

    [Theory]
    [InlineData("Voters in Greece elected a new government in January.")]
    [InlineData("Greece went to the polls in January.")]
    public void CountryVoted_a_countrys_voters_choosing_is_its_election(string text) =>
        Assert.Contains(Extract.From(text, new DateOnly(2015, 3, 20)).Elections, e => e.Kind == ElectionKind.Foreign && e.Area == "Greece");

    [Fact]
    public void CountryVoted_a_country_going_to_the_polls_in_a_referendum_holds_no_election() =>
        Assert.DoesNotContain(Extract.From("Ireland went to the polls in May in a referendum on marriage.", new DateOnly(2015, 5, 30)).Elections, e => e.Kind == ElectionKind.Foreign);

    [Fact]
    public void YearOfGeneralElection_a_turnout_told_for_a_year_without_a_figure_in_an_article_about_general_elections() =>
        Assert.Contains("uk-general-election-1987",
            Slugs("This May millions of young people will vote in a general election.\nThere was only a 4% difference in turnout between the young and old in 1987."));

    [Fact]
    public void YearOfGeneralElection_a_turnout_in_a_year_is_nothing_in_an_article_about_nothing_else() =>
        Assert.Empty(Slugs("There was only a 4% difference in turnout between the young and old in 1987."));

    [Theory]
    [InlineData("Americans vote on Tuesday.\nNeither candidate in the presidential race has said much about drugs.")]
    [InlineData("The US votes on Tuesday. American voters are tired, and the US is split.\nUruguay legalised cannabis long ago.\nThe presidential election has been bitter.")]
    public void MainCountry_a_presidential_race_in_an_article_mostly_about_one_country_is_its(string text) =>
        Assert.Contains("united-states-election-2016", Slugs(text, new DateOnly(2016, 11, 4)));

    [Fact]
    public void MainCountry_two_countries_named_alike_leave_a_presidential_election_unread() =>
        Assert.DoesNotContain(Extract.From("France and Germany both watched, and France and Germany both worried.\nThe presidential election has been bitter.",
            new DateOnly(2016, 11, 4)).Elections, e => e.Kind == ElectionKind.Foreign);
}
