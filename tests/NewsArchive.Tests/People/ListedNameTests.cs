using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A name in a list of people is a person's, whatever word brings the list.</summary>
public class ListedNameTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Fact]
    public void InPersonList_a_name_beside_a_person_in_a_list_is_one_after_to_as_well() =>
        Assert.Contains("Rhidian Tregarth", Names("Felix spoke to Rhidian Tregarth, Jennifer Wong and Aditya Singh after the count."));

    [Fact]
    public void InPersonList_a_place_after_to_with_no_person_beside_it_stays_a_place() =>
        Assert.DoesNotContain("Stoke Newington", Names("She moved to Stoke Newington last year."));
}
