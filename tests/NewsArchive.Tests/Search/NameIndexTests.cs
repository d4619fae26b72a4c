using NewsArchive.Search;

using NewsArchive.Language;

namespace NewsArchive.Tests.Search;

public class NameIndexTests
{
    private static readonly NameIndex Index = new([
        new NameIndex.Entry(1, "ann-hollis", "Ann Hollis", 5, ["Ann Hollis", "Ms Hollis", "Baroness Hollis"]),
        new NameIndex.Entry(2, "tom-hollins", "Tom Hollins", 1, ["Tom Hollins", "Mr Hollins"]),
        new NameIndex.Entry(3, "siobhan-ni-bhriain", "Siobhán Ní Bhriain", 2, ["Siobhán Ní Bhriain"]),
    ]);

    private static string? First(string query) => Index.Find(SearchTerms.Parse(query)).FirstOrDefault()?.Person.Slug;

    [Theory]
    [InlineData("Ann Hollis", "ann-hollis")]
    [InlineData("hollis", "ann-hollis")]
    [InlineData("hollins", "tom-hollins")]
    [InlineData("Baroness Hollis", "ann-hollis")]
    [InlineData("Mr Hollins", "tom-hollins")]
    [InlineData("Dr Hollins", "tom-hollins")]
    [InlineData("holl", "ann-hollis")]
    [InlineData("Tom Holins", "tom-hollins")]
    [InlineData("Siobhan", "siobhan-ni-bhriain")]
    [InlineData("Sibohan", "siobhan-ni-bhriain")]
    public void Finds_the_right_person_first(string query, string slug) => Assert.Equal(slug, First(query));

    [Theory]
    [InlineData("Hollande")]
    [InlineData("xy")]
    [InlineData("")]
    public void Finds_no_one_for_a_name_nobody_has(string query) => Assert.Null(First(query));

    [Theory]
    [InlineData("khan", "kahn", 1)]
    [InlineData("starmer", "starmar", 1)]
    [InlineData("burnham", "burnam", 1)]
    [InlineData("abc", "xyz", 3)]
    public void Edit_distance_counts_swaps_as_one(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b, 5));
}
