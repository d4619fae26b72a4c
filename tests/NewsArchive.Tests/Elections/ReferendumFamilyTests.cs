using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Referendums as British news names them: by topic, by the date, by the country; one test per rule, on texts
/// written here (moved out of <see cref="ElectionFamiliesTests"/>, unchanged).</summary>
public class ReferendumFamilyTests
{
    [Theory]
    [InlineData("Voters backed Leave in the EU referendum.", 2018, "referendum-in-uk-2016")]
    [InlineData("The AV referendum was lost.", 2012, "referendum-in-uk-2011")]
    [InlineData("The Scottish independence referendum divided families.", 2015, "referendum-in-scotland-2014")]
    [InlineData("Half of the country voted to remain.", 2017, "referendum-in-uk-2016")]
    [InlineData("Turnout was high for the Brexit vote.", 2019, "referendum-in-uk-2016")]
    [InlineData("Labour wants a repeat of the 2014 referendum.", 2021, "referendum-in-scotland-2014")]
    [InlineData("A referendum is to be held to see whether Scotland should stay in the UK.", 2013, "referendum-in-scotland-2014")]
    [InlineData("It looks like Scotland will have a referendum in a few years to decide whether or not to leave the Union.", 2011, "referendum-in-scotland-2014")]
    public void Referendums_by_topic_and_date(string text, int year, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, new DateOnly(year, 6, 30)));

    [Fact]
    public void Another_country_leaving_the_Union_is_no_Scottish_referendum() =>
        Assert.DoesNotContain("referendum-in-scotland-2014", Extract.Slugs("Britain will hold a referendum on whether to leave the Union, and Scotland may follow.", new DateOnly(2011, 6, 30)));

    [Theory]
    [InlineData("Ministers promised a referendum on the EU constitution.")]
    [InlineData("Students voted to leave the union in 2008.")]
    [InlineData("She wants a second referendum on Europe.")]
    public void Referendums_never_held_or_not_on_Europe_are_not_the_2016_vote(string text) =>
        Assert.Empty(Extract.Slugs(text, new DateOnly(2018, 6, 30)));

    [Theory]
    [InlineData("Since the referendum, the SNP says, nurses have been leaving the UK in large numbers.", "referendum-in-uk-2016")]
    [InlineData("Unlike the SNP, Sinn Féin wants a referendum on whether Northern Ireland should leave the UK.", null)]
    public void Referendums_others_leaving_the_UK_in_a_sentence_about_Scotland_is_no_independence_vote(string text, string? slug) =>
        Assert.Equal(slug is null ? [] : [slug], Extract.Slugs(text, new DateOnly(2016, 12, 1)).Where(s => s.StartsWith("referendum", StringComparison.Ordinal)));

    [Fact]
    public void Referendums_another_countrys_is_its_own_and_dated_by_the_same_contest_elsewhere()
    {
        var slugs = Extract.Slugs("""
            Voters were asked to amend Ireland's constitution in a referendum.
            This historic referendum was won by the Yes side in Ireland.
            """, new DateOnly(2015, 5, 23));
        Assert.Equal(["referendum-in-ireland-2015"], slugs);
    }

    [Theory]
    [InlineData("Everyone has a view on the referendum.", 2016, "referendum-in-uk-2016")]
    [InlineData("Clegg gave up a lot to gain this referendum.", 2011, "referendum-in-uk-2011")]
    public void BareReferendum_is_the_uks_held_within_months_of_the_article(string text, int year, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, new DateOnly(year, 5, 1)));

    [Fact]
    public void Referendums_in_view_give_no_referendum_to_a_year_none_was_held_in()
    {
        var slugs = Extract.From("""
            Voters will decide in the EU referendum on 23 June.
            Barack Obama was re-elected in 2012.
            """, new DateOnly(2016, 3, 10), "Barack Obama").Elections.Select(e => e.Slug);
        Assert.Equal(["referendum-in-uk-2016"], slugs);
    }

    [Fact]
    public void BareReferendum_far_from_any_held_is_none() =>
        Assert.Empty(Extract.Slugs("Everyone has a view on the referendum.", new DateOnly(2013, 5, 1)));

    [Fact]
    public void Referendums_on_independence_in_a_sentence_about_Scotland_are_Scotlands() =>
        Assert.Equal(["referendum-in-scotland-2014"], Extract.Slugs("The SNP fought the independence referendum back in 2014.", new DateOnly(2017, 6, 2)));
}
