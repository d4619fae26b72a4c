using NewsArchive.Elections;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.Elections;

public class ElectionRecognitionTests
{
    [Theory]
    [InlineData("Jane Doe was elected mayor of Tees Valley in 2017.", "Tees Valley", ElectionKind.Mayoral, "tees-valley-mayor-2017", "")]
    [InlineData("Jane Doe was elected West of England mayor in 2017.", "West of England", ElectionKind.Mayoral, "west-of-england-mayor-2017", "")]
    [InlineData("Labour lost the Copeland by-election in 2017.", "Copeland", ElectionKind.ByElection, "copeland-by-election-2017", "")]
    [InlineData("Plaid did well in the 2016 Senedd election.", "Wales", ElectionKind.DevolvedParliament, "senedd-2016", "2016-05-05")]
    [InlineData("The SNP won the Holyrood election in 2016.", "Scotland", ElectionKind.DevolvedParliament, "scottish-parliament-2016", "2016-05-05")]
    [InlineData("Labour won 12 seats on the London assembly in 2016.", "London", ElectionKind.DevolvedParliament, "london-assembly-2016", "2016-05-05")]
    [InlineData("The SNP won the Scottish parliament election in 2016.", "Scotland", ElectionKind.DevolvedParliament, "scottish-parliament-2016", "2016-05-05")]
    [InlineData("Turnout fell at the 2005 general election.", "UK", ElectionKind.General, "uk-general-election-2005", "2005-05-05")]
    [InlineData("Labour's leadership contest in 2015 drew record numbers.", "Labour", ElectionKind.PartyLeadership, "labour-leadership-election-2015", "")]
    [InlineData("The Scottish independence referendum in 2014 was lost by the Yes side.", "Scotland", ElectionKind.Referendum, "referendum-in-scotland-2014", "2014-09-18")]
    public void Recognises_kind_area_and_stated_year(string text, string area, ElectionKind kind, string slug, string pollDate)
    {
        var election = Assert.Single(Extract.From(text, null, "Jane Doe").Elections);

        Assert.Equal((kind, area, slug, YearSource.Stated), (election.Kind, election.Area, election.Slug, election.YearSource));
        // The polling day is the calendar's when it holds one for the kind, place and year; a party's contest and a
        // race the calendar does not hold keep only their year.
        Assert.Equal(pollDate, election.PollDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
    }

    [Fact]
    public void Year_and_poll_date_come_from_the_article_when_it_reports_the_result_as_now()
    {
        var result = Extract.From("Jane Doe won a second term as mayor of Exeter tonight.", Extract.Saturday, "Jane Doe");

        var election = Assert.Single(result.Elections);
        Assert.Equal(2021, election.Year);
        Assert.Equal(YearSource.ReportedAsNow, election.YearSource);
        Assert.Equal(new DateOnly(2021, 5, 6), election.PollDate);
        Assert.Equal("mayor.exeter.2021-05-06", election.Id);
        Assert.Equal("exeter-mayor-2021", election.Slug);
    }

    [Fact]
    public void An_election_named_with_a_result_in_an_article_reporting_now_takes_the_year_and_that_days_poll_date()
    {
        var result = Extract.From("""
            Jane Doe has been re-elected mayor of Exeter.
            Elsewhere the party was thrashed in the Wigan by-election.
            """, Extract.Saturday, "Jane Doe");

        var byElection = Assert.Single(result.Elections, e => e.Kind == ElectionKind.ByElection);
        Assert.Equal((2021, YearSource.ArticleContext, "parl.wigan.by.2021-05-06"), (byElection.Year, byElection.YearSource, byElection.Id));
    }

    [Fact]
    public void A_programme_called_Today_does_not_date_an_election()
    {
        var result = Extract.From("""
            Jane Doe has been re-elected mayor of Exeter.
            He told the Today programme the Wigan by-election result was a breakthrough.
            """, Extract.Saturday, "Jane Doe");

        Assert.Equal(YearSource.ArticleContext, Assert.Single(result.Elections, e => e.Kind == ElectionKind.ByElection).YearSource);
    }

    [Fact]
    public void Without_a_year_or_a_date_no_election_is_recorded()
    {
        Assert.Empty(Extract.From("Jane Doe won the Wigan by-election.", null, "Jane Doe").Elections);
    }

    [Theory]
    [InlineData("Ministers think the Tories could win the next general election.")]
    [InlineData("She wants a new Scottish independence referendum.")]
    [InlineData("The row ended in a court battle between Holyrood and Westminster.")]
    [InlineData("As Mayor of Exeter she has built her own brand.")]
    [InlineData("He discussed the general election campaign with the prime minister on Saturday.")]
    [InlineData("The figures came out in a statement to the Scottish Parliament on Wednesday.")]
    [InlineData("Splinter groups split any votes they might get in local, European and general elections.")]
    public void Future_contests_and_offices_without_voting_are_not_elections(string text)
    {
        Assert.Empty(Extract.From(text, Extract.Saturday).Elections);
    }

    [Fact]
    public void A_result_reported_now_with_a_change_of_national_government_is_a_general_election()
    {
        var result = Extract.From("""
            The mayor will lobby the incoming Labour Government for more money.
            Reacting to the landslide result overnight, he said it was unbelievable.
            """, new DateOnly(2024, 7, 5));

        var election = Assert.Single(result.Elections);
        Assert.Equal(("uk-general-election-2024", "parl.2024-07-04"), (election.Slug, election.Id));
        var winner = Assert.Single(result.Candidacies);
        Assert.Equal(("Labour", Outcome.Elected), (winner.Party, winner.Outcome));
    }

    [Fact]
    public void A_constituency_within_a_devolved_election_takes_its_parent_and_poll_date()
    {
        var result = Extract.From("""
            The SNP won the Scottish Parliament election yesterday.
            The Tories held Moray East by more than 2,000 votes.
            """, Extract.Saturday);

        var seat = Assert.Single(result.Elections, e => e.Kind == ElectionKind.Constituency);
        Assert.Equal(("Moray East", "scottish-parliament-2021", "sp.c.moray-east.2021-05-06"), (seat.Area, seat.ParentSlug, seat.Id));
        var majority = result.Figure(FigureKind.Majority);
        Assert.Equal(("Conservative", Bound.MoreThan, 2000m), (majority.Party, majority.Value.Bound, majority.Value.Value));
    }

    [Fact]
    public void The_capital_is_London()
    {
        var election = Assert.Single(Extract.From("Jane Doe was first elected mayor of the capital in 2016.", null, "Jane Doe").Elections);
        Assert.Equal("london-mayor-2016", election.Slug);
    }

    [Fact]
    public void European_elections_in_a_report_from_one_member_country_are_that_countrys()
    {
        var result = Extract.From("The Socialists won the general election held last Sunday in Spain.\nLocal and European elections will be held in less than a month.", new DateOnly(2019, 5, 3));
        Assert.Contains(result.Elections, e => e.Kind == ElectionKind.EuropeanParliament && e.Area == "Spain");
        Assert.DoesNotContain(result.Elections, e => e.Kind == ElectionKind.EuropeanParliament && e.Area == "UK");
    }

    [Fact]
    public void European_elections_beside_the_UK_named_are_the_UKs_whatever_the_report() =>
        Assert.Contains(Extract.From("The Socialists won the general election held last Sunday in Spain.\nIn Britain, the European elections will be held in less than a month.", new DateOnly(2019, 5, 3)).Elections,
            e => e.Kind == ElectionKind.EuropeanParliament && e.Area == "UK");

    [Theory]
    [InlineData("Students can vote in the London mayoral and assembly elections in May 2012.", "london-assembly-2012|london-mayor-2012")]
    [InlineData("Voters go to the polls in the mayoral and London Assembly elections in May 2012.", "london-assembly-2012|london-mayor-2012")]
    [InlineData("Labour did well in the local and European elections in June 2009.", "england-local-elections-2009|european-parliament-election-2009")]
    public void Two_kinds_joined_before_one_election_word_are_two_elections(string text, string slugs) =>
        Assert.Equal(slugs.Split('|'), Extract.From(text, null).Elections.Select(e => e.Slug).Order());

    [Fact]
    public void Local_elections_in_an_article_about_another_country_are_not_Englands() =>
        Assert.DoesNotContain(Extract.From("Spain has voted again. The PSOE won the general election in Spain in April.\nCasado will not resign before the next poll day (local and European elections will be held in less than a month).",
            new DateOnly(2019, 5, 3)).Elections, e => e.Kind == ElectionKind.Local);

    [Fact]
    public void Local_elections_with_a_UK_party_in_an_article_about_another_country_are_Englands() =>
        Assert.Contains("england-local-elections-2018", Extract.From("Donald Trump's Republicans lost the House in the US midterm elections last week.\nIn May, the Conservatives lost 1,300 seats in the local elections.",
            new DateOnly(2018, 11, 14)).Elections.Select(e => e.Slug));

    [Theory]
    [InlineData("Labour did badly in Thursday's local and European elections in May 2014.", "england-local-elections-2014|european-parliament-election-2014")]
    [InlineData("Mayoral and London Assembly elections are held in May 2012.", "london-assembly-2012|london-mayor-2012")]
    [InlineData("Labour lost ground in the Scottish Parliament and local elections in May 2007.", "scotland-local-elections-2007|scottish-parliament-2007")]
    public void Two_kinds_joined_take_the_place_either_names_and_no_day_for_a_place(string text, string slugs) =>
        Assert.Equal(slugs.Split('|'), Extract.From(text, null).Elections.Select(e => e.Slug).Order());
}
