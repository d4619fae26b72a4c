using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Years written beside an election in the ways news writes them, in articles with no date.</summary>
public class StatedYearTests
{
    private static IReadOnlyList<string> Slugs(string text) =>
        Extract.From(text, null).Elections.Select(e => e.Slug).Order().ToList();

    [Fact]
    public void A_snap_election_for_a_month_and_year_is_that_years() =>
        Assert.Equal(["uk-general-election-2005"], Slugs("Rumours say the premier wants a snap general election for March 2005."));

    [Fact]
    public void The_last_election_dated_in_a_general_election_year_is_that_general_election() =>
        Assert.Equal(["uk-general-election-2001"], Slugs("The last election was in June 2001."));

    [Theory]
    [InlineData("The last election was in 2003.")]
    [InlineData("The election was in June 2001.")]
    public void The_last_election_in_another_year_or_without_last_is_not_read_as_general(string text) =>
        Assert.Empty(Slugs(text));

    [Theory]
    [InlineData("She ran the party's election campaign in both 1997 and 2001.")]
    [InlineData("The 1997 and 2001 elections were landslides.")]
    public void A_list_of_years_names_one_general_election_each(string text) =>
        Assert.Equal(["uk-general-election-1997", "uk-general-election-2001"], Slugs(text));

    [Theory]
    [InlineData("Evo Morales won the Bolivian presidential elections of 2009 and 2014.")]
    [InlineData("Evo Morales won the Bolivian presidential elections in 2009 and in 2014.")]
    public void A_list_of_years_names_one_election_of_any_kind_each(string text) =>
        Assert.Equal(["bolivia-election-2009", "bolivia-election-2014"], Slugs(text));

    [Fact]
    public void A_list_of_years_after_a_word_of_election_in_an_article_about_one_country_names_each_year() =>
        Assert.Equal(["bolivia-election-2009", "bolivia-election-2014"],
            Extract.From("Bolivia has many indigenous people. Bolivia changed. These things gave way to his re-election in 2009 and 2014.", new DateOnly(2019, 11, 15))
                .Elections.Select(e => e.Slug).Order().ToList());

    [Theory]
    [InlineData("He was elected at the 2010 general election and served as a minister between 2010 and 2015.", "uk-general-election-2010")]
    [InlineData("Marvin Rees was elected mayor of Bristol in 2016, and his budgets of 2016 and 2017 were praised.", "bristol-mayor-2016")]
    public void A_list_of_years_away_from_the_elections_words_names_no_more_elections(string text, string slug) =>
        Assert.Equal([slug], Slugs(text));

    [Fact]
    public void A_year_beside_a_list_of_other_years_names_only_itself() =>
        Assert.Equal(["bolivia-election-2009"], Slugs("Evo Morales won the Bolivian presidential election of 2009, having served from 2006 to 2019."));

    [Fact]
    public void A_list_with_a_year_without_a_general_election_is_not_read() =>
        Assert.Empty(Slugs("She ran the union's election campaign in 1998 and 2001."));

    [Fact]
    public void A_referendum_in_a_sentence_of_British_politics_is_the_UKs()
    {
        var referendum = Assert.Single(Extract.From("Ministers say the government will hold its planned referendum, expected in 2006.", null).Elections);
        Assert.Equal((ElectionKind.Referendum, "UK", 2006), (referendum.Kind, referendum.Area, referendum.Year));
    }

    [Fact]
    public void A_referendum_in_a_sentence_naming_another_country_is_not_the_UKs() =>
        Assert.DoesNotContain(Extract.From("The government of Greece called a referendum in 2015.", null).Elections, e => e.Area == "UK");

    [Theory]
    [InlineData("The First Minister told BBC Wales she would not be health minister in the run-up to the 2007 elections.", "senedd-2007")]
    [InlineData("Holyrood will be dissolved before the 2011 election in Scotland.", "scottish-parliament-2011")]
    public void The_elections_of_a_year_without_a_general_election_in_a_sentence_about_a_nation_are_its_parliaments(string text, string slug) =>
        Assert.Equal([slug], Slugs(text));

    [Fact]
    public void The_elections_of_a_devolved_year_naming_no_nation_are_not_read() =>
        Assert.Empty(Slugs("She would not be health minister in the run-up to the 2007 elections."));

    [Theory]
    [InlineData("Anti-trust fever swept America, and American workers struck. In the election of 1912 the Socialist candidate won over 6% of the vote.", "united-states-election-1912")]
    [InlineData("The American midterms are close, and Americans are tired. Turnout was low in the 2018 elections, and lower still in the 2014 elections.", "united-states-election-2014|united-states-election-2018")]
    public void A_year_without_a_general_election_in_an_article_about_one_country_is_that_countrys(string text, string slugs) =>
        Assert.Equal(slugs.Split('|'), Slugs(text));

    [Theory]
    [InlineData("America and Russia both watched. In the election of 1912 the Socialist candidate won over 6% of the vote.")]
    [InlineData("In the election of 1912 the Socialist candidate won over 6% of the vote.")]
    [InlineData("America watched. In the election of 1912 the Labour candidate won over 6% of the vote at Westminster.")]
    [InlineData("Sadiq Khan, whose parents came from Pakistan, is the new Mayor of London.\nTurnout in the 2016 elections was 45.3%.")]
    [InlineData("America watched, and America worried.\nUKIP's MEPs sat in Parliament. Labour MPs were furious. The Conservatives in government said nothing.\nTurnout in the 2014 elections was 35.6%.")]
    public void A_year_without_a_general_election_is_no_election_beside_Westminster_or_without_one_country(string text) =>
        Assert.Empty(Slugs(text));

    [Theory]
    [InlineData("UKIP took third place in last year's European elections. He quit the party in October 2004.")]
    [InlineData("UKIP won 31% of the vote in Erewash in last June's European elections. Its MEP resigned in January 2005.")]
    public void FromToldYear_a_contest_told_as_last_years_in_an_undated_article_is_the_one_the_calendar_leaves(string text) =>
        Assert.Equal(["european-parliament-election-2004"], Slugs(text));

    [Fact]
    public void FromToldYear_a_contest_told_as_last_years_is_the_one_the_calendar_leaves_and_its_best_since_a_year_that_contest_then() =>
        Assert.Equal(["european-parliament-election-1999", "european-parliament-election-2004"],
            Slugs("UKIP took third place in last year's European elections, its best since June 1999. He quit the party in October 2004.").Order());

    [Theory]
    [InlineData("The minister said he would stand down before the next general election. He was appointed in October 2004.", "uk-general-election-2005")]
    [InlineData("Ministers told MPs they would act before the next general election. The report was published in March 2009.", "uk-general-election-2010")]
    [InlineData("Looking ahead to the coming general election, he pledged to act. The party was starting 2005 with hope.", "uk-general-election-2005")]
    [InlineData("Looking ahead to the coming general election, he pledged to act. The party saw in 2005 with hope.", "uk-general-election-2005")]
    public void FromToldYear_the_next_general_election_in_an_undated_article_is_the_one_the_calendar_holds_that_year_or_the_next(string text, string slug) =>
        Assert.Equal([slug], Slugs(text));

    [Theory]
    [InlineData("The minister said he would stand down before the next general election. He was appointed in October 2003.")]
    [InlineData("The minister said he would stand down before the next general election.")]
    [InlineData("The minister said he would stand down before the next general election. The plan will start in 2008.")]
    public void FromToldYear_no_general_election_that_year_or_the_next_or_no_year_told_leaves_the_next_one_unplaced(string text) =>
        Assert.Empty(Slugs(text));

    [Theory]
    [InlineData("UKIP took third place in last year's European elections.")]
    [InlineData("UKIP took third place in last year's European elections. It hopes to win seats by May 2008.")]
    [InlineData("The party did well in this year's European elections. He quit the party in October 2004.")]
    [InlineData("Labour lost ground in last June's general election. Its leader resigned in June 2016.")]
    [InlineData("UKIP came second in last year's European elections, its best showing since it won its first seats in June 1999.")]
    [InlineData("The BNP won two seats in last year's European elections. Nearly 2000 members attended its conference.")]
    [InlineData("UKIP took third place in last year's European elections. The party was founded in 1993.")]
    public void FromToldYear_no_year_told_a_year_ahead_this_years_or_two_calendar_years_leave_it_unplaced(string text) =>
        Assert.DoesNotContain(Slugs(text), slug => slug.Any(char.IsDigit));

    [Fact]
    public void The_year_a_body_was_founded_is_no_contests_year() =>
        Assert.DoesNotContain(Extract.Elections("In Westfield, which the Tories had held since the council was created in 1964, Labour won 31 of the 54 seats.", new DateOnly(2022, 5, 6)),
            e => e.Year == 1964);

    private static readonly DateOnly February2019 = new(2019, 2, 25);

    [Theory]
    [InlineData("The MPs have opposed the Labour Party ever since 2015, when Jeremy Corbyn won a landslide victory in the leadership election.", "labour-leadership-election-2015")]
    [InlineData("They were part of the 2016 coup when the Labour Party's MPs voted no confidence in him and forced him into another leadership election.", "labour-leadership-election-2016")]
    [InlineData("Since 2015, when the Conservatives won the general election, much has changed.", "uk-general-election-2015")]
    public void An_election_in_a_when_clause_is_of_the_year_the_clause_is_told_of(string text, string slug) =>
        Assert.Equal([slug], Extract.From(text, February2019).Elections.Select(e => e.Slug));

    [Fact]
    public void A_year_inside_the_when_clause_is_its_own() =>
        Assert.Equal(["uk-general-election-2010"], Extract.From("Since 2015, when the party recalled the 2010 general election, much has changed.", February2019).Elections.Select(e => e.Slug));
}
