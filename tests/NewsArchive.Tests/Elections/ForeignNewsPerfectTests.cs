using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Another country's vote as the news of the day tells it: in the perfect ("has ended in deadlock", "have
/// rejected ... in a referendum"), or by its people voting ("Iraqis voted in the country's first free elections").
/// Texts written here.</summary>
public class ForeignNewsPerfectTests
{
    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text, DateOnly published) =>
        Extract.From(text, published).Elections.Select(e => (e.Kind, e.Area, e.Year)).ToList();

    [Theory]
    [InlineData("Germany's election has ended in deadlock, with neither bloc able to govern alone.")]
    [InlineData("The German election has produced no clear winner.")]
    public void An_election_told_in_the_perfect_of_news_is_of_the_articles_year(string text) =>
        Assert.Contains((ElectionKind.Foreign, "Germany", 2005), Found(text, new DateOnly(2005, 9, 19)));

    [Fact]
    public void A_referendum_told_in_the_perfect_of_news_is_of_the_articles_year() =>
        Assert.Contains((ElectionKind.Referendum, "France", 2005),
            Found("French voters have rejected the proposed EU constitution in a referendum.", new DateOnly(2005, 5, 30)));

    [Fact]
    public void A_referendum_of_the_UKs_nations_is_dated_by_the_calendar_not_by_the_perfect() =>
        Assert.Contains((ElectionKind.Referendum, "Scotland", 2014),
            Found("Scotland has rejected independence in a referendum, the First Minister recalled.", new DateOnly(2015, 9, 18)));

    [Fact]
    public void A_word_of_its_own_time_dates_it_before_the_perfect_does() =>
        Assert.Contains((ElectionKind.Foreign, "Greece", 2014),
            Found("The Greek election last month has produced no clear winner.", new DateOnly(2015, 1, 10)));

    [Theory]
    [InlineData("British Indians voted Labour in large numbers.")]
    [InlineData("Indians voted with their feet and left the party.")]
    public void A_peoples_vote_in_a_British_election_or_with_their_feet_is_not_their_countrys_election(string text) =>
        Assert.DoesNotContain(Found(text, new DateOnly(2015, 5, 9)), e => e.Kind == ElectionKind.Foreign);

    [Fact]
    public void A_referendum_called_for_is_not_one_held() =>
        Assert.DoesNotContain(Found("Greek MPs have backed calls for a referendum on the bailout.", new DateOnly(2015, 6, 28)), e => e.Kind == ElectionKind.Referendum);

    [Fact]
    public void One_that_might_have_been_is_not_dated_by_its_perfect() =>
        Assert.DoesNotContain(Found("Portugal's election might have ended differently.", new DateOnly(2005, 9, 19)), e => e.Kind == ElectionKind.Foreign);

    [Theory]
    [InlineData("Millions of Iraqis voted on Sunday in the country's first free elections for half a century.")]
    [InlineData("Iraqi voters went to the polls on Sunday.")]
    public void A_countrys_people_voting_is_its_election(string text) =>
        Assert.Contains((ElectionKind.Foreign, "Iraq", 2005), Found(text, new DateOnly(2005, 1, 31)));

    [Fact]
    public void A_countrys_people_voting_in_a_referendum_is_not_an_election() =>
        Assert.DoesNotContain(Found("Iraqis voted on Sunday in a referendum on the new constitution.", new DateOnly(2005, 10, 17)), e => e.Kind == ElectionKind.Foreign);
}
