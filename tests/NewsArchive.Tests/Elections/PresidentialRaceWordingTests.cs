using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>The American presidential race named the ways news names it without the country: by its parties'
/// nominees and debates, by the White House won in a year, and by its Electoral College beside its year. Texts
/// written here.</summary>
public class PresidentialRaceWordingTests
{
    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text, int year, int month) =>
        Extract.Elections(text, new DateOnly(year, month, 4));

    [Theory]
    [InlineData("In the final presidential debate, supporters of the Republican nominee spread fake memes.")]
    [InlineData("The Democratic presidential nominee has said little about drugs during the campaign.")]
    public void A_presidential_race_beside_an_American_party_is_the_United_States(string text) =>
        Assert.Contains((ElectionKind.Foreign, "United States", 2016), Found(text, 2016, 11));

    [Theory]
    [InlineData("The Social Democratic Party's presidential nominee lost.")]
    [InlineData("The presidential debate was watched by millions.")]
    public void A_presidential_race_with_no_American_party_is_not_read_as_the_United_States(string text) =>
        Assert.DoesNotContain(Found(text, 2016, 11), e => e.Area == "United States");

    [Theory]
    [InlineData("Anger almost propelled an anti-trust crusader to the White House in 1896.", 1896)]
    [InlineData("She won the White House in 2008 at her first attempt.", 2008)]
    public void The_White_House_won_in_a_year_is_that_years_presidential_election(string text, int year) =>
        Assert.Contains((ElectionKind.Foreign, "United States", year), Found(text, 2017, 10));

    [Fact]
    public void A_contest_named_again_in_its_sentence_is_the_year_the_sentence_gives() =>
        Assert.Equal([(ElectionKind.Foreign, "United States", 2016)],
            Found("In the 2016 US election, the Democrat won the popular vote but lost the Electoral College 304 to 227.", 2019, 5));

    [Fact]
    public void A_visit_to_the_White_House_is_no_election() =>
        Assert.Empty(Found("The prime minister was at the White House in 2008 for talks.", 2017, 10));
}
