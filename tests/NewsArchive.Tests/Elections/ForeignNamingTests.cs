using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Another country's election named with a word between the country and the election ("Bolivia's October
/// election", "Italy's inconclusive election"), as a run-off, or as its council elections. Texts written here.</summary>
public class ForeignNamingTests
{
    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Found(string text, DateOnly published) =>
        Extract.From(text, published).Elections.Select(e => (e.Kind, e.Area, e.Year)).ToList();

    [Theory]
    [InlineData("Evo Morales claimed victory in Bolivia's October election.", "Bolivia")]
    [InlineData("Italy's inconclusive election left no party with a majority.", "Italy")]
    [InlineData("Bolsonaro won the Brazilian presidential run-off with 55% of the vote.", "Brazil")]
    public void A_word_between_the_country_and_the_election_still_names_it(string text, string country) =>
        Assert.Contains((ElectionKind.Foreign, country, 2018), Found(text, new DateOnly(2018, 11, 20)));

    [Fact]
    public void Another_countrys_council_elections_are_not_Englands_round() =>
        Assert.Equal([(ElectionKind.Foreign, "Hong Kong", 2019)],
            Found("Hong Kong's district council elections delivered a landslide for pro-democracy candidates.", new DateOnly(2019, 11, 26)));
}
