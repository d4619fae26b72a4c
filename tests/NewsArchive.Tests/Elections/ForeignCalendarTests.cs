using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Another country's national election dated by the calendar of its polling days, as a reader who follows the
/// news dates it, when the words give no time of their own; and "the last election" told days after the next one.
/// Texts written here.</summary>
public class ForeignCalendarTests
{
    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text, DateOnly published) =>
        Extract.From(text, published).Elections.Select(e => (e.Kind, e.Area, e.Year)).ToList();

    [Theory]
    [InlineData("Poland's recent election returned the Law and Justice party to power.")]
    [InlineData("The recent election in Poland returned the Law and Justice party to power.")]
    public void A_recent_election_is_the_last_one_held(string text) =>
        Assert.Contains((ElectionKind.Foreign, "Poland", 2015), Found(text, new DateOnly(2016, 11, 18)));

    [Fact]
    public void An_election_told_in_the_past_is_the_one_held_within_months() =>
        Assert.Contains((ElectionKind.Foreign, "France", 2017),
            Found("Marine Le Pen made it to the second round of the French presidential election.", new DateOnly(2017, 11, 20)));

    [Fact]
    public void The_next_election_is_the_next_one_held() =>
        Assert.Contains((ElectionKind.Foreign, "France", 2017),
            Found("France's next presidential election will be fought on immigration.", new DateOnly(2016, 11, 18)));

    [Fact]
    public void A_month_with_no_election_that_year_is_the_one_before() =>
        Assert.Equal([(ElectionKind.Foreign, "Spain", 2019)],
            Found("The Spanish general election in April gave no party a majority.", new DateOnly(2019, 11, 8)));

    [Fact]
    public void A_result_told_the_day_after_is_the_election_just_held() =>
        Assert.Contains((ElectionKind.Foreign, "Canada", 2015),
            Found("Canadians woke up on Tuesday to the result of a federal election few would have predicted.", new DateOnly(2015, 10, 20)));

    [Fact]
    public void The_last_of_its_kind_is_the_final_one_not_the_one_before() =>
        Assert.DoesNotContain((ElectionKind.Foreign, "Canada", 2011),
            Found("He promised that this would be the last Canadian election held under first-past-the-post.", new DateOnly(2015, 10, 20)));

    [Fact]
    public void Past_a_number_of_votes_is_no_election_held_before() =>
        Assert.Equal([(ElectionKind.Foreign, "United States", 2004)],
            Found("Ohio took him past the 270 electoral votes needed to win.", new DateOnly(2004, 11, 4)));

    [Fact]
    public void The_last_election_told_days_after_the_next_is_the_one_before_it() =>
        Assert.Contains((ElectionKind.General, "UK", 2010),
            Found("The Liberal Democrats, who won 57 seats at the last general election, were reduced to eight MPs.", new DateOnly(2015, 5, 9)));

    [Fact]
    public void The_recent_election_told_days_after_is_the_one_just_held() =>
        Assert.Equal([(ElectionKind.General, "UK", 2015)],
            Found("The Liberal Democrats, who were reduced to eight MPs at the recent general election, will elect a new leader.", new DateOnly(2015, 5, 9)));

    [Fact]
    public void The_bare_last_election_told_days_after_the_next_is_the_one_before_it() =>
        Assert.Equal([(ElectionKind.General, "UK", 2010)],
            Found("The Liberal Democrats won 57 seats at the last election, and eight on Thursday.", new DateOnly(2015, 5, 10)));
}
