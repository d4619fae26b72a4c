using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Liberals, Greens and referendums in an article about one other country that never uses a word only the UK's
/// politics has: that country's contests, not the UK's of the same year. Texts written here.</summary>
public class ReportFromAbroadTests
{
    private static readonly DateOnly Spring2019 = new(2019, 4, 2);

    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text) => Extract.Elections(text, Spring2019);

    [Fact]
    public void A_party_that_stands_in_many_countries_wins_the_countrys_election() =>
        Assert.Equal([(ElectionKind.Foreign, "Canada", 2015)],
            Found("The prime minister of Canada faces a hard autumn.\nThe Liberals won the election in 2015 with 39.5 per cent of the vote.\nCanada votes again in October."));

    [Fact]
    public void Seats_won_there_are_no_uk_general_election_figure()
    {
        var result = Extract.From("The Greens are second in the polls in Germany.\nIn 2017 the Greens won 67 seats, their best result.\nGermany votes again in 2021.", Spring2019);
        Assert.DoesNotContain(result.Elections, e => e.Kind == ElectionKind.General);
        Assert.Empty(result.Figures);
    }

    [Theory]
    [InlineData("The CSU won 37 per cent of the vote in the Bavarian state election in 2018.")]
    [InlineData("The Liberals did well in the provincial elections of 2018.")]
    public void A_states_or_a_provinces_own_election_is_not_the_nations(string sentence)
    {
        var result = Extract.From("Angela Merkel's allies in Germany have suffered a heavy defeat.\n" + sentence + "\nGermany's coalition is now under strain.", new DateOnly(2018, 10, 15));
        Assert.DoesNotContain(result.Elections, e => e.Year == 2018);
        Assert.Empty(result.Figures);
    }

    [Fact]
    public void A_referendum_there_is_the_countrys() =>
        Assert.Contains((ElectionKind.Referendum, "Colombia", 2016),
            Extract.Elections("Colombia's peace deal was rejected by voters.\nOn 2 October 2016 the No campaign won 50.2 per cent of the vote in the referendum.\nColombia's president will keep talking.",
                new DateOnly(2016, 10, 4)));

    [Fact]
    public void A_word_of_the_uks_politics_keeps_the_uk_reading() =>
        Assert.Contains((ElectionKind.General, "UK", 2015),
            Found("The prime minister of Canada faces a hard autumn, as Britain's did.\nThe Liberals won the election in 2015 with 39.5 per cent of the vote.\nCanada votes again in October."));
}
