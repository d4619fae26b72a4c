using NewsArchive.Language;
using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Votes for a referendum's side stated before the article names its referendum.</summary>
public class ReferendumSideTests
{
    private static readonly DateOnly May2015 = new(2015, 5, 24);

    [Fact]
    public void Votes_for_a_side_before_the_referendum_is_named_are_the_articles_one_referendum()
    {
        var result = Extract.WithHeadline("Voters back the change", """
            The final count was 900,000 "Yes" votes to 600,000 "No" votes.
            The result of Ireland's referendum on the change was declared yesterday.
            """, May2015);
        Assert.Equal([("Yes", 900000m), ("No", 600000m)], result.Figures.Select(f => (f.Party, f.Value.Value)));
        Assert.All(result.Figures, f => Assert.Equal("referendum-in-ireland-2015", f.ElectionSlug));
    }

    [Fact]
    public void Votes_for_a_side_in_an_article_with_two_referendums_are_left_out()
    {
        var result = Extract.WithHeadline("Voters back the change", """
            The final count was 900,000 "Yes" votes to 600,000 "No" votes.
            The result of Ireland's referendum on the change was declared yesterday, a year after Italy's referendum in 2014.
            """, May2015);
        Assert.Empty(result.Figures);
    }

    [Fact]
    public void A_part_of_the_referendums_area_voting_is_not_the_whole_result()
    {
        var result = Extract.From("In the EU referendum London voted 60-40 to remain.", new DateOnly(2016, 6, 30));
        Assert.Empty(result.Figures);
    }

    private static readonly DateOnly July2016 = new(2016, 7, 4);

    [Fact]
    public void SideVoters_people_who_voted_for_a_side_are_its_votes() =>
        Assert.Equal([("Leave", FigureKind.Votes, 17400000m), ("Remain", FigureKind.Votes, 16100000m)],
            Extract.From("In the EU referendum 17.4 million people voted to leave, against 16.1 million who voted to remain.", July2016)
                .Figures.Select(f => (f.Party, f.Kind, f.Value.Value)));

    [Fact]
    public void SideVoters_the_share_who_voted_for_a_side_is_its_share() =>
        Assert.Equal([("Remain", FigureKind.Share, 48m)],
            Extract.From("After the EU referendum many of the 48% who voted Remain are angry.", July2016).Figures.Select(f => (f.Party, f.Kind, f.Value.Value)));

    [Theory]
    [InlineData("After the EU referendum many of the 48% who voted to stay in the EU are angry.")]
    [InlineData("After the EU referendum many of the 48% who voted not to leave are angry.")]
    public void SideVoters_staying_in_the_EU_or_not_leaving_is_the_Remain_side(string text) =>
        Assert.Equal([("Remain", FigureKind.Share, 48m)], Extract.From(text, July2016).Figures.Select(f => (f.Party, f.Kind, f.Value.Value)));

    [Fact]
    public void SideVoters_a_sides_voters_are_no_figure_of_another_contest() =>
        Assert.Empty(Extract.From("At the 2017 general election, Labour appealed to the 48% who voted to stay in the EU.", new DateOnly(2017, 10, 30)).Figures);

    [Theory]
    [InlineData("After the Scottish independence referendum, the 55% who voted not to leave are relieved.", 2014, 9, 20)]
    [InlineData("In the 1975 referendum, 67% voted to stay in the European Union.", 2016, 7, 4)]
    public void SideVoters_Leave_and_Remain_are_only_the_2016_referendums_sides(string text, int y, int m, int d) =>
        Assert.DoesNotContain(Extract.From(text, new DateOnly(y, m, d)).Figures, f => f.Party is "Remain" or "Leave");

    [Fact]
    public void SideVoters_staying_in_another_union_is_no_side() =>
        Assert.DoesNotContain(Extract.From("After the Scottish independence referendum the 55% who voted to stay in the UK are relieved.", July2016).Figures, f => f.Party == "Remain");

    [Fact]
    public void ListItem_a_side_after_to_with_its_possessive_takes_the_second_number() =>
        Assert.Equal([("Leave", 17400000m), ("Remain", 16100000m)],
            Extract.From("In the EU referendum Leave won 17.4 million votes to Remain's 16.1 million.", July2016).Figures.Select(f => (f.Party, f.Value.Value)));

    [Fact]
    public void SideVoters_no_confidence_is_no_side() =>
        Assert.Empty(Extract.From("In the EU referendum year, 172 MPs voted no confidence in their leader.", July2016).Figures);

    [Theory]
    [InlineData("After the EU referendum result, in Wales, 52.5% voted to leave.")]
    [InlineData("After the EU referendum, of Labour's 232 MPs, 218 voted Remain.")]
    [InlineData("In the EU referendum only 37% of the electorate voted to leave.")]
    public void SideVoters_a_part_of_the_whole_or_a_share_of_the_electorate_is_no_sides_result(string text) =>
        Assert.Empty(Extract.From(text, July2016).Figures);

    [Theory]
    [InlineData("In the EU referendum, 51.9% of voters decided that they wanted to leave the EU.", "Leave")]
    [InlineData("In the EU referendum, 48.1% of voters backed Remain.", "Remain")]
    [InlineData("In the EU referendum, 51.9% of voters chose to leave.", "Leave")]
    public void A_sides_voters_told_with_a_verb_of_choosing_are_its_share(string text, string side) =>
        Assert.Contains((side, FigureKind.Share), Extract.WithHeadline("After the vote", text, new DateOnly(2016, 10, 3)).Figures.Select(f => (f.Party, f.Kind)));

    [Theory]
    [InlineData("Leave won 17,410,742 votes and Remain 16,141,241, on a turnout of 72.2%.")]
    [InlineData("Leave won 17,410,742 votes, Remain 16,141,241.")]
    public void The_other_sides_count_told_after_the_first_sides_is_its_own(string sentence)
    {
        var result = Extract.From("The United Kingdom has voted to leave the European Union.\n" + sentence, new DateOnly(2016, 6, 24));
        Assert.Contains(("Remain", FigureKind.Votes, 16141241m), result.Figures.Select(f => (f.Party, f.Kind, f.Value.Value)));
    }

    [Fact]
    public void A_share_after_a_referendum_won_by_a_side_is_that_sides() =>
        Assert.Contains(("No", FigureKind.Share, 55.3m),
            Extract.From("Scotland's independence referendum in 2014 was won by No, with 55.3% of the vote, on a turnout of 84.6%.", new DateOnly(2016, 5, 20))
                .Figures.Select(f => (f.Party, f.Kind, f.Value.Value)));

    [Theory]
    [InlineData("In the 2011 referendum, only 32% voted in favour of the Alternative Vote.", "Yes", 32)]
    [InlineData("In the 2011 referendum on AV, 68% voted against.", "No", 68)]
    public void Voting_in_favour_or_against_is_the_yes_or_the_no(string text, string side, int share)
    {
        var result = Extract.From(text, May2015);
        Assert.Equal([(side, (decimal)share, "referendum-in-uk-2011")], result.Figures.Select(f => (f.Party, f.Value.Value, f.ElectionSlug)));
    }
}
