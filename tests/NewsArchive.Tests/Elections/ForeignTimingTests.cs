using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>The year of another country's election that no calendar here holds, named without one: only what the
/// sentence and the article's date settle. One test per rule.</summary>
public class ForeignTimingTests
{
    private static readonly DateOnly February2019 = new(2019, 2, 8);

    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text, DateOnly published) =>
        Extract.From(text, published).Elections.Select(e => (e.Kind, e.Area, e.Year)).ToList();

    [Theory]
    [InlineData("900 million people are going to the polls for parliamentary elections in India.")]
    [InlineData("Voters in India go to the polls this week in the Indian election.")]
    public void An_election_still_to_come_or_held_this_week_is_of_the_articles_year(string text) =>
        Assert.Contains((ElectionKind.Foreign, "India", 2019), Found(text, February2019));

    [Theory]
    [InlineData("Egypt's parliamentary elections took place last week.", 2011, 12, 8, "Egypt", 2011)]
    [InlineData("The Russian elections on Sunday saw the ruling party lose ground.", 2011, 12, 8, "Russia", 2011)]
    [InlineData("The elections in Poland last month brought a new party to power.", 2012, 1, 5, "Poland", 2011)]
    [InlineData("Croatia's presidential election this week was won by a former prime minister.", 2020, 1, 6, "Croatia", 2020)]
    [InlineData("Taiwan's presidential election earlier this month returned the president to office.", 2020, 1, 25, "Taiwan", 2020)]
    [InlineData("Ghana's presidential election on Sunday was won by the opposition.", 2017, 1, 3, "Ghana", 2017)]
    [InlineData("Ghana's presidential election on Sunday was won by the opposition.", 2017, 1, 2, "Ghana", 2017)]
    public void JustHeld_one_told_as_just_held_is_of_the_articles_date_less_the_time_told(string text, int y, int m, int d, string country, int year) =>
        Assert.Contains((ElectionKind.Foreign, country, year), Found(text, new DateOnly(y, m, d)));

    [Theory]
    [InlineData("Egypt will hold elections next year, officials said on Sunday.")]
    [InlineData("The minister told supporters on Sunday that the Greek election had been a triumph for democracy.")]
    [InlineData("Protests went on last week, long after the Greek election had been decided by the courts.")]
    [InlineData("Speaking on Sunday, the former president said the Brazilian presidential election had been rigged against him.")]
    public void JustHeld_a_time_that_is_not_the_elections_own_does_not_place_it(string text) =>
        Assert.DoesNotContain(Found(text, new DateOnly(2011, 12, 8)), e => e.Year == 2011);

    [Fact]
    public void One_said_to_come_next_year_is_not_of_the_articles_year() =>
        Assert.DoesNotContain(Found("Spain will hold a general election in the country next year.", February2019), e => e.Year == 2019);

    [Fact]
    public void One_told_in_the_past_without_a_result_is_not_placed_in_a_year() =>
        Assert.Empty(Found("The Russian election was marred by fraud.", February2019));

    [Fact]
    public void A_stage_of_a_countrys_elections_names_them() =>
        Assert.Contains(Found("Results from Egypt’s first stage of Parliamentary elections suggest Islamist parties will take most seats.", new DateOnly(2011, 6, 8)),
            e => e.Kind == ElectionKind.Foreign && e.Area == "Egypt");

    [Fact]
    public void One_whose_results_open_the_sentence_has_been_held_whatever_they_foretell() =>
        Assert.Contains((ElectionKind.Foreign, "Egypt", 2011),
            Found("Results from Egypt’s first stage of Parliamentary elections suggest Islamist parties will take two thirds of seats.", new DateOnly(2011, 12, 8)));

    [Fact]
    public void One_whose_results_are_awaited_is_not_held() =>
        Assert.DoesNotContain(Found("He will await the results of the French presidential election next spring.", new DateOnly(2011, 12, 8)), e => e.Year == 2011);

    [Fact]
    public void One_to_come_told_late_in_the_year_is_not_placed_in_that_year() =>
        Assert.DoesNotContain(Found("The Dutch general election will take place in March, with Geert Wilders leading the polls.", new DateOnly(2016, 12, 28)),
            e => e.Year == 2016);

    [Fact]
    public void One_held_last_week_or_month_is_not_taken_for_one_to_come() =>
        Assert.DoesNotContain(Found("The Brazilian election last month will be remembered for fake news.", February2019), e => e.Year == 2019);
}
