using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Another country's election named without the country: in a round-up's section headed by the country's
/// name, or beside the one country the sentence names. Texts written here.</summary>
public class ForeignSectionTests
{
    private static readonly DateOnly December2017 = new(2017, 12, 8);

    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Elections(string text) => Extract.Elections(text, December2017);

    [Fact]
    public void Section_the_election_under_a_countrys_heading_is_that_countrys() =>
        Assert.Equal([(ElectionKind.Foreign, "France", 2017)], Elections("France\nMacron won the election in May, and his party swept parliament."));

    [Fact]
    public void Section_a_heading_ending_with_the_country_in_brackets_heads_it() =>
        Assert.Equal([(ElectionKind.Foreign, "Zimbabwe", 2008)], Elections("When is a coup not a coup? (Zimbabwe)\nHe is accused of attacks on opposition supporters after the 2008 election."));

    [Fact]
    public void Section_a_heading_naming_no_other_country_ends_it() =>
        Assert.Equal([(ElectionKind.General, "UK", 2017)],
            Elections("France\nMacron reshaped French politics.\nHaving a domestic (UK)\nTheresa May lost her majority at the general election in June."));

    [Fact]
    public void Section_a_sentence_of_westminster_under_a_countrys_heading_stays_westminsters() =>
        Assert.DoesNotContain(Elections("France\nMPs in Westminster watched the election closely."), e => e.Kind == ElectionKind.Foreign);

    [Fact]
    public void YearElection_beside_the_one_country_a_sentence_names_is_that_countrys() =>
        Assert.Equal([(ElectionKind.Foreign, "Zimbabwe", 2008)],
            Elections("Mnangagwa is accused of organising massacres during Zimbabwe's civil war and attacks on opposition supporters after the 2008 election."));

    [Fact]
    public void YearElection_beside_two_countries_is_neither() =>
        Assert.Empty(Elections("Since the 2008 election, trade between Zimbabwe and China has grown."));
}
