using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Titles that are also family names ("Will Prince", "Oona King"), and offices after a given name that name
/// a post: one test per rule, on texts written for it.</summary>
public class TitleSurnameTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("Joe Letts received 1793 votes and Will Prince received 1780 votes.", "Will Prince")]
    [InlineData("The panel was chaired by ex-ITN political editor John Sergeant, with Lorraine Kelly beside him.", "John Sergeant")]
    public void TitleSurnames_a_title_that_is_also_a_family_name_after_a_given_name_is_the_surname(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Fact]
    public void TitleSurnames_the_given_name_before_the_family_name_may_follow_a_title_of_its_own() =>
        Assert.Contains("Oona King", Names("Labour MP Oona King said the vote was close."));

    [Fact]
    public void TitleSurnames_an_office_after_a_given_name_names_a_post() =>
        Assert.DoesNotContain("Felix Editor", Names("Felix Editor was the most closely contended position."));
}
