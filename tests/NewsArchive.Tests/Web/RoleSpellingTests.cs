using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>One office written in capitals in one article and in lower case in another ("Prime Minister Helen
/// Carter", "the prime minister, Helen Carter,") is listed once on the person's page, with both sentences.</summary>
public class RoleSpellingTests(RoleSpellingTests.Factory factory) : IClassFixture<RoleSpellingTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("001.txt", "Budget day\n\nPrime Minister Helen Carter said the budget would help families.\n");
            folder.Write("002.txt", "Summit report\n\nPrime Minister Helen Carter said the summit had gone well.\n");
            folder.Write("003.txt", "Rally report\n\nThe prime minister, Helen Carter, said the rally was the biggest yet.\n");
            return folder;
        }
    }

    [Fact]
    public async Task An_office_written_in_two_cases_is_one_role_with_the_sentences_of_both()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/people/helen-carter");
        var who = page.QuerySelector("header .who")!.TextContent;
        Assert.Contains("Prime Minister", who);
        Assert.DoesNotContain("prime minister", who);
        Assert.Contains("3 sentences", page.QuerySelector(".facts")!.TextContent);
    }
}
