using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Another country's win told with its year and no election word ("In 2015 the Liberals won 184 seats"): that
/// country's election, in an article about that one country only. Texts written here.</summary>
public class ForeignWinTests
{
    private static readonly DateOnly October2019 = new(2019, 10, 20);

    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text) => Extract.Elections(text, October2019);

    [Theory]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2015 the Liberals won 184 seats.", 2015)]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nThe Liberals won 184 seats in 2015.", 2015)]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nOn the 19th of October 2015, the Liberals won the election.", 2015)]
    public void A_win_with_its_year_in_an_article_about_one_country_is_its_election(string text, int year) =>
        Assert.Contains((ElectionKind.Foreign, "Canada", year), Found(text));

    [Theory]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nBack in 2006, the first prime minister from the west was elected after a long campaign.", 2006)]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2006 he was elected prime minister.", 2006)]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nHe was elected prime minister in 2006.", 2006)]
    public void The_nations_office_elected_with_its_year_is_its_election(string text, int year) =>
        Assert.Contains((ElectionKind.Foreign, "Canada", year), Found(text));

    [Theory]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2006 she was elected president of the students' union.")]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2006 he was elected mayor of Toronto.")]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2006 he was elected president of the party.")]
    public void An_office_smaller_than_the_nations_elected_is_not_its_election(string text) =>
        Assert.DoesNotContain(Found(text), e => e.Kind == ElectionKind.Foreign && e.Year == 2006);

    [Fact]
    public void Re_elections_in_several_years_are_each_an_election()
    {
        var found = Found("Canada votes on Monday, and the polls in Canada are close.\nThe prime minister's re-elections in 2008 and 2011 were narrow.");
        Assert.Contains((ElectionKind.Foreign, "Canada", 2008), found);
        Assert.Contains((ElectionKind.Foreign, "Canada", 2011), found);
    }

    [Theory]
    // A UK party's win is Westminster's, read elsewhere, never the country's.
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2015 the Conservatives won 331 seats.")]
    // Named once, the country is an aside.
    [InlineData("Canada votes on Monday.\nIn 2015 the Liberals won 184 seats.")]
    // Not a prize of the polls, or one other votes give too.
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2015 the Liberals won the argument.")]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2015 the Liberals won a majority in a confidence vote.")]
    // A smaller office or contest than the nation's.
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2015 she won the party leadership election.")]
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nHer re-election in 2015 as mayor was easy.")]
    // Another country named in the sentence.
    [InlineData("Canada votes on Monday, and the polls in Canada are close.\nIn 2015 the Liberals won 184 seats, and Mexico watched.")]
    public void No_country_election_without_one_country_in_view_and_a_prize_of_the_polls(string text) =>
        Assert.DoesNotContain(Found(text), e => e.Kind == ElectionKind.Foreign && e.Year == 2015);
}
