using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A report of the year's council elections across England, and the councils it names. Texts written here.</summary>
public class LocalRoundTests
{
    private static readonly DateOnly Friday = new(2018, 5, 4);

    private const string Round = "Labour has strengthened its hold on the capital's town halls in Thursday's local elections.\n";

    private static IReadOnlyList<(string Slug, string Subject, decimal Value)> Figures(string text) =>
        Extract.From(text, Friday).Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Value.Value)).ToList();

    [Fact]
    public void A_weekday_before_the_local_elections_names_no_place_but_the_round_across_England() =>
        Assert.Equal([(ElectionKind.Local, "England", 2018)], Extract.Elections("Labour did well in Thursday's local elections.", Friday));

    [Theory]
    [InlineData("In Westfield, the Conservatives won 38 of the 63 seats, with Labour on 25.")]
    [InlineData("In Westfield the Conservatives won 38 of the 63 seats, with Labour on 25.")]
    public void CouncilOfRound_a_sentence_opening_on_a_council_gives_that_councils_election(string sentence) =>
        Assert.Equal([("westfield-local-elections-2018", "Conservative", 38m), ("westfield-local-elections-2018", "Labour", 25m)],
            Figures(Round + sentence));

    [Fact]
    public void CouncilOfRound_a_council_taken_from_a_party_is_the_takers_and_its_own_election() =>
        Assert.Equal([("eastbrook-local-elections-2018", "Liberal Democrats", 39m)],
            Figures(Round + "The Liberal Democrats took control of Eastbrook from the Conservatives, winning 39 of the 54 seats."));

    [Fact]
    public void CouncilOfRound_a_council_taken_after_a_region_opening_the_sentence_is_the_councils() =>
        Assert.Equal([("eastbrook-local-elections-2018", "Conservative", 33m)],
            Figures(Round + "In London, the Conservatives took Eastbrook, winning 33 of its 46 seats."));

    [Theory]
    [InlineData("Labour lost ground in the English local elections.", "England")]
    [InlineData("Labour lost ground in the English council elections.", "England")]
    public void A_nations_adjective_before_the_local_elections_is_that_nations_round(string text, string area) =>
        Assert.Equal([(ElectionKind.Local, area, 2018)], Extract.Elections(text, Friday));

    [Fact]
    public void CouncilOfRound_the_round_stays_in_view_after_a_council() =>
        Assert.Contains(("england-local-elections-2018", "-", 36m), Figures(Round + "In Westfield, the Conservatives won 38 of the 63 seats.\nTurnout was 36%."));

    [Theory]
    [InlineData("In London, Labour won 1,100 seats.", 1100)]
    [InlineData("Turnout across London was 38.9%.", 38.9)]
    public void RegionOfRound_a_regions_figure_is_no_councils_but_the_rounds_for_its_region(string sentence, double value)
    {
        var result = Extract.From(Round + sentence, Friday);
        Assert.Equal([("england-local-elections-2018", (decimal)value, "London")], result.Figures.Select(f => (f.ElectionSlug, f.Value.Value, f.Part)));
        Assert.DoesNotContain(result.Elections, e => e.Area == "London");
    }

    [Fact]
    public void CalendarOf_Londons_council_elections_are_dated_by_Englands_round() =>
        Assert.Equal([(ElectionKind.Local, "London", 2022)], Extract.Elections("Labour did well in the London council elections.", new DateOnly(2022, 5, 6)));

    [Fact]
    public void CouncilOfRound_a_council_gained_is_its_own_election_in_Londons_round() =>
        Assert.Equal([("eastbrook-local-elections-2022", "Labour", 41m), ("eastbrook-local-elections-2022", "Conservative", 22m)],
            Extract.From("Labour did well in the London council elections.\nLabour also gained Eastbrook, winning 41 seats to the Conservatives' 22.", new DateOnly(2022, 5, 6))
                .Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Value.Value)).ToList());

    [Theory]
    [InlineData("Labour did well in the London borough elections.")]
    [InlineData("Labour did well in the borough elections in London.")]
    [InlineData("Labour did well in the London borough council elections.")]
    public void CalendarOf_Londons_borough_elections_are_its_council_elections(string text) =>
        Assert.Equal([(ElectionKind.Local, "London", 2022)], Extract.Elections(text, new DateOnly(2022, 5, 7)));

    [Fact]
    public void CouncilOfRound_a_council_taken_in_the_borough_elections_is_its_own_election() =>
        Assert.Equal([("eastbrook-local-elections-2022", "Labour", 35m)],
            Extract.From("Labour took control of Eastbrook from the Conservatives in the London borough elections, winning 35 of its 58 seats.", new DateOnly(2022, 5, 7))
                .Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Value.Value)).ToList());

    private const string LondonRound = "Labour did well in the London borough elections.\n";

    private static IReadOnlyList<(string Slug, string Subject, decimal Value)> LondonFigures(string sentence) =>
        Extract.From(LondonRound + sentence, new DateOnly(2022, 5, 7), "Jane Doe").Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Value.Value)).ToList();

    [Theory]
    [InlineData("Eastbrook, a Conservative council since 1978, fell to Labour, who won 35 of its 58 seats.")]
    [InlineData("Eastbrook fell to Labour, who won 35 seats.")]
    [InlineData("Labour won Eastbrook by 35 seats to 23.")]
    [InlineData("Labour won Eastbrook with 35 seats to 23.")]
    public void CouncilOfRound_a_council_that_fell_to_a_party_is_its_own_election(string sentence) =>
        Assert.Equal([("eastbrook-local-elections-2022", "Labour", 35m)], LondonFigures(sentence));

    [Theory]
    [InlineData("In Eastbrook, Jane Doe of the Aspire party was elected mayor with 40.2% of the vote.")]
    [InlineData("In Eastbrook, the Conservative Jane Doe won the borough's first mayoral election with 40.2% of the vote.")]
    public void MayorOfRound_a_boroughs_mayor_elected_in_the_round_is_its_mayoral_election_of_that_year(string sentence) =>
        Assert.Equal([("eastbrook-mayor-2022", "Jane Doe", 40.2m)], LondonFigures(sentence));

    [Theory]
    [InlineData("Labour did well in the London borough elections.", "2022-05-07", "2022-05-05")]
    [InlineData("Labour did well in the London borough elections.", "2014-05-24", "2014-05-22")]
    [InlineData("Labour did well in the local elections.", "2009-06-06", "2009-06-04")]
    public void CalendarOf_a_councils_election_has_the_rounds_polling_day(string text, string published, string poll) =>
        Assert.Equal(DateOnly.Parse(poll, System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(Extract.From(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Elections).PollDate);

    [Fact]
    public void MayorOfRound_a_boroughs_mayor_has_the_rounds_polling_day() =>
        Assert.Equal(new DateOnly(2022, 5, 5), Assert.Single(Extract.From(LondonRound + "In Eastbrook, Jane Doe of the Aspire party was elected mayor.", new DateOnly(2022, 5, 7), "Jane Doe")
            .Elections, e => e.Kind == ElectionKind.Mayoral).PollDate);

    [Theory]
    [InlineData("London elections 2022: Labour takes Westfield", "Labour won 35 seats in Westfield.", "2022-05-07", ElectionKind.Local, 2022)]
    [InlineData("What the London elections tell us", "Labour did well.", "2022-05-09", ElectionKind.Local, 2022)]
    [InlineData("Five things we learned from the London elections", "Jane Doe won 43.8% of the vote.", "2024-05-06", ElectionKind.Mayoral, 2024)]
    [InlineData("London elections 2021: the results", "Jane Doe won.", "2021-05-09", ElectionKind.Mayoral, 2021)]
    public void LondonRound_the_london_elections_are_the_mayors_in_its_years_and_the_boroughs_in_others(string headline, string body, string published, ElectionKind kind, int year) =>
        Assert.Contains((kind, "London", year),
            Extract.WithHeadline(headline, body, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Elections.Select(e => (e.Kind, e.Area, e.Year)));

    [Fact]
    public void LondonRound_last_years_london_elections_are_counted_from_the_date() =>
        Assert.Equal([(ElectionKind.Mayoral, "London", 2021)], Extract.Elections("Labour did well in last year's London elections.", new DateOnly(2022, 6, 10)));
}
