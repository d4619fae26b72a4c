using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Referendums as news names them in passing: by the country or its people, by a Yes or No, by the year of the
/// vote to leave. Another country's is never the UK's of the same year. Texts written here.</summary>
public class ReferendumWordingTests
{
    private static readonly DateOnly March2018 = new(2018, 3, 10);

    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Elections(string text) =>
        Extract.Elections(text, March2018);

    [Theory]
    [InlineData("The Catalan leader is in Belgium after the failed independence referendum in 2017.", "Catalonia", 2017)]
    [InlineData("Quebec's premier flew to France after the independence referendum in 1995.", "Quebec", 1995)]
    public void An_independence_referendum_beside_a_nation_within_a_state_is_that_nations(string text, string area, int year) =>
        Assert.Equal([(ElectionKind.Referendum, area, year)], Elections(text));

    [Theory]
    [InlineData("Italians rejected Renzi's constitutional reform in a 2016 referendum.", "Italy", 2016)]
    [InlineData("Turkey's 2017 constitutional referendum gave Erdogan sweeping powers.", "Turkey", 2017)]
    [InlineData("Greeks voted No in the 2015 bailout referendum.", "Greece", 2015)]
    public void Another_countrys_referendum_is_its_own_not_the_uks_of_that_year(string text, string area, int year) =>
        Assert.Equal([(ElectionKind.Referendum, area, year)], Elections(text));

    [Fact]
    public void The_2016_referendum_beside_a_country_named_in_passing_is_still_the_uks() =>
        Assert.Equal([(ElectionKind.Referendum, "UK", 2016)], Elections("Since the 2016 referendum, trade with Germany has fallen."));

    [Fact]
    public void A_referendum_a_country_held_is_one_that_took_place() =>
        Assert.Equal([(ElectionKind.Referendum, "Catalonia", 2017)], Elections("Catalonia held an independence referendum last October."));

    [Fact]
    public void A_referendum_a_country_could_hold_is_none() =>
        Assert.Empty(Elections("Catalonia could hold an independence referendum one day."));

    [Theory]
    [InlineData("Scotland voted No in 2014.", "Scotland", 2014)]
    [InlineData("In 2015 the Irish voted Yes by a large margin.", "Ireland", 2015)]
    public void A_people_voting_yes_or_no_is_their_referendum(string text, string area, int year) =>
        Assert.Equal([(ElectionKind.Referendum, area, year)], Elections(text));

    [Fact]
    public void A_vote_of_yes_or_no_on_a_motion_is_no_referendum() =>
        Assert.Empty(Elections("Ireland voted no to the motion at the UN."));

    [Fact]
    public void The_vote_to_leave_with_its_year_is_the_2016_referendum() =>
        Assert.Equal([(ElectionKind.Referendum, "UK", 2016)], Elections("Since the 2016 vote to leave the EU, the pound has fallen."));

    [Theory]
    [InlineData("Sunderland voted Leave by a large margin.")]
    [InlineData("Since the country voted Remain in Scotland, the SNP has pressed for a second vote.")]
    [InlineData("Since the vote for Brexit, the pound has fallen.")]
    public void Voting_Leave_or_Remain_or_the_vote_for_Brexit_is_the_2016_referendum(string text) =>
        Assert.Contains((ElectionKind.Referendum, "UK", 2016), Elections(text));

    [Fact]
    public void Of_a_years_two_referendums_the_one_on_what_the_sentence_names() =>
        Assert.Equal([(ElectionKind.Referendum, "UK", 2011)], Elections("In the 2011 referendum, only 32% voted in favour of the Alternative Vote."));
}
