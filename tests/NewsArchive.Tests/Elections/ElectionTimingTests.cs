using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Which year an election named without one is, from the article's date and what the law and the
/// calendar said at that date; and elections a headline names.</summary>
public class ElectionTimingTests
{
    private static IReadOnlyList<string> Slugs(string text, DateOnly? published) =>
        Extract.From(text, published).Elections.Select(e => e.Slug).Order().ToList();

    [Theory]
    [InlineData("Labour must change course to win the next election.", 2013, 3, 1, "uk-general-election-2015")]
    [InlineData("The Conservatives will find the next general election much harder.", 2016, 1, 20, "uk-general-election-2020")]
    // Written weeks before the early election of 2017 was called: the writer meant the day the law had set.
    [InlineData("Labour winning the next election looks unlikely now.", 2017, 3, 3, "uk-general-election-2020")]
    public void The_next_general_election_in_a_fixed_term_parliament_is_the_day_the_law_set(string text, int y, int m, int d, string slug) =>
        Assert.Equal([slug], Slugs(text, new DateOnly(y, m, d)));

    [Theory]
    [InlineData("Cameron will step down as Prime Minister before the 2020 election.", 2015, "uk-general-election-2020")]
    [InlineData("No candidate will declare until we are much closer to the 2020 general election.", 2015, "uk-general-election-2020")]
    [InlineData("The 2022 general election would give the next leader time.", 2018, "uk-general-election-2022")]
    public void A_general_election_the_law_set_is_named_by_its_year_before_it_was_due(string text, int year, string slug) =>
        Assert.Equal([slug], Slugs(text, new DateOnly(year, 6, 18)));

    [Theory]
    [InlineData("Cameron will step down as Prime Minister before the 2020 election.", 2021)]
    [InlineData("Trump hopes to win the 2020 election.", 2018)]
    public void A_general_election_the_law_set_is_none_after_its_year_or_in_another_countrys_sentence(string text, int year) =>
        Assert.DoesNotContain(Slugs(text, new DateOnly(year, 6, 18)), slug => slug.StartsWith("uk-general-election", StringComparison.Ordinal));

    [Fact]
    public void The_next_general_election_before_fixed_terms_is_still_unplaced_years_ahead() =>
        Assert.Empty(Slugs("Labour must change course to win the next election.", new DateOnly(2007, 3, 1)));

    [Fact]
    public void The_next_election_in_a_premiers_sentence_is_about_Westminster() =>
        Assert.Equal(["uk-general-election-2015"], Slugs("His party could sink his premiership at the next election.", new DateOnly(2013, 2, 13)));

    [Fact]
    public void A_seat_lost_is_not_lost_at_a_general_election_after_the_articles_date() =>
        Assert.DoesNotContain("uk-general-election-2017", Slugs("Labour lost the Westfield seat last week and held on to the Eastbrook seat.", new DateOnly(2017, 3, 3)));

    [Fact]
    public void A_headline_names_the_election_the_body_reports() =>
        Assert.Contains("canada-election-2019",
            Extract.WithHeadline("What the 2019 Canadian election means", "Last week the prime minister lost his majority.", new DateOnly(2019, 11, 1))
                .Elections.Select(e => e.Slug));

    [Fact]
    public void Results_in_the_body_belong_to_the_election_the_headline_names() =>
        Assert.Equal("canada-election-2019", Assert.Single(
            Extract.WithHeadline("The 2019 Canadian election", "The Conservatives won 121 seats in the west.", new DateOnly(2019, 11, 1)).Figures).ElectionSlug);

    [Theory]
    [InlineData("The Wigan by-election in September was a blow for the Liberal Democrats.", "wigan-by-election-2004")]
    [InlineData("The Wigan by-election will be held in May.", "wigan-by-election-2005")]
    [InlineData("Turnout in the Iraqi elections on 30 January was higher than expected.", "iraq-election-2005")]
    [InlineData("Turnout in the Iraqi elections on the 30th of January was higher than expected.", "iraq-election-2005")]
    public void A_month_named_without_a_year_is_the_nearest_one_before_the_date_or_after_it_for_a_contest_to_come(string text, string slug) =>
        Assert.Equal([slug], Slugs(text, new DateOnly(2005, 2, 10)));

    [Fact]
    public void Becoming_a_partys_leader_in_a_year_is_its_leadership_election() =>
        Assert.Equal(["conservative-leadership-election-2003"], Slugs("Mr Howard, who became Tory leader in 2003, is fighting his first campaign.", new DateOnly(2005, 2, 10)));

    [Theory]
    [InlineData("He is planning to hold a general election on 12 December.", 2019, 10, 28, "uk-general-election-2019")]
    [InlineData("She was elected at the last general election in May.", 2010, 11, 18, "uk-general-election-2010")]
    [InlineData("Voters in Catalonia held an independence referendum on 1 October.", 2017, 10, 20, "referendum-in-catalonia-2017")]
    public void A_month_with_no_tense_to_say_which_is_the_nearer_one_and_a_past_one_the_last(string text, int y, int m, int d, string slug) =>
        Assert.Equal([slug], Slugs(text, new DateOnly(y, m, d)));

    [Theory]
    [InlineData("Labour has recovered since the last general election in May.", 2011, 11, 10, "uk-general-election-2010")]
    [InlineData("The general election in June changed the Commons.", 2017, 11, 10, "uk-general-election-2017")]
    public void A_month_gives_no_year_the_calendar_holds_no_such_election_in(string text, int y, int m, int d, string slug) =>
        Assert.Equal([slug], Slugs(text, new DateOnly(y, m, d)));

    [Fact]
    public void A_referendum_of_a_nation_the_calendar_does_not_hold_takes_the_year_stated() =>
        Assert.Equal(["referendum-in-quebec-1995"], Slugs("In 1995 a referendum on Quebec having a sovereignty agreement was narrowly lost.", new DateOnly(2019, 11, 1)));

    [Fact]
    public void Two_rules_reading_one_name_give_one_election_with_the_time_told_after_it() =>
        Assert.EndsWith("2015", Assert.Single(Slugs("Jeremy Corbyn won the Labour leadership election last year.", new DateOnly(2016, 10, 20))));

    [Fact]
    public void UnderWay_a_partys_contest_told_as_set_in_motion_is_the_one_due() =>
        Assert.Equal(["labour-leadership-election-2016"],
            Extract.From("Labour will hold a leadership contest after the vote of no confidence.", new DateOnly(2016, 7, 4)).Elections.Select(e => e.Slug));

    [Fact]
    public void UnderWay_a_contest_only_supposed_is_no_reading_of_one() =>
        Assert.Empty(Extract.From("Labour could face a leadership contest if the vote goes badly.", new DateOnly(2016, 7, 4)).Elections);

    [Fact]
    public void UnderWay_a_clubs_contest_is_no_partys() =>
        Assert.Empty(Extract.From("The university's Labour Club will hold a leadership election next term.", new DateOnly(2016, 6, 10)).Elections);

    [Theory]
    [InlineData("Now, as we barrel towards a general election, a kind of familiarity is returning.")]
    [InlineData("In the run-up to a general election, the parties make promises.")]
    [InlineData("Ahead of a general election on Thursday, the Lib Dems are falling.")]
    public void A_general_election_told_as_approaching_is_the_coming_one(string text) =>
        Assert.Equal(["uk-general-election-2019"], Slugs(text, new DateOnly(2019, 12, 9)));

    [Fact]
    public void A_general_election_only_supposed_is_none() =>
        Assert.Empty(Slugs("If there were a general election tomorrow, Labour would lose.", new DateOnly(2019, 12, 9)));
}
