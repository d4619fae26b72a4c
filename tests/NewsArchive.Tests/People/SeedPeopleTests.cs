using NewsArchive.Import;
using NewsArchive.People;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>The people in the project's own seed articles, listed by reading them: the extractor must find
/// exactly these, one count per person per article.</summary>
public class SeedPeopleTests
{
    public static TheoryData<string, string[]> Gold => new()
    {
        { "000_0cda64ff4aa34fdb.txt", ["Sadiq Khan", "Angela Rayner", "Keir Starmer", "Rachel Reeves"] },
        { "001_2e748b55bad02f1f.txt", ["Sadiq Khan", "Shaun Bailey"] },
        {
            "002_a5dc326ad9692c23.txt",
            [
                "Sadiq Khan", "Shaun Bailey", "Boris Johnson", "Zac Goldsmith", "Sian Berry", "Luisa Porritt",
                "Peter Gammons", "Laurence Fox", "Simon Kelleher", "Kam Balayev", "Count Binface", "Piers Corbyn",
                "Jeremy Corbyn", "Len Duvall", "Mark Drakeford", "Dan Norris", "Samuel Williams", "Andy Burnham",
                "Nicola Sturgeon", "John Curtice", "Alexander Burnett", "Fergus Mutch", "Jill Mortimer",
                "Keir Starmer", "Angela Rayner", "Sarah Everard", "John McDonnell", "Tony Blair", "Ben Houchen",
                "Nick Thomas-Symonds", "Khalid Mahmood", "George Eustice", "Margaret Thatcher",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Gold))]
    public void Finds_exactly_the_people_each_seed_names(string file, string[] gold)
    {
        var paragraphs = ArticleParser.Parse(File.ReadAllText(Path.Combine(SeedsFolder(), file))).Paragraphs.Select(p => p.Text).ToList();
        var found = PersonExtractor.Extract(paragraphs).Select(p => PersonName.Key(p.Name)).ToHashSet();
        var expected = gold.Select(PersonName.Key).ToHashSet();

        var truePositives = found.Intersect(expected).Count();
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;
        var recall = (double)truePositives / expected.Count;
        var extra = string.Join(", ", found.Except(expected));
        var missed = string.Join(", ", expected.Except(found));
        Assert.True(precision == 1.0 && recall == 1.0, $"precision {precision:0.000}, recall {recall:0.000}; extra: {extra}; missed: {missed}");
    }

    private static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return Path.Combine(dir.FullName, "seeds");
        throw new DirectoryNotFoundException("No NewsArchive.sln above " + AppContext.BaseDirectory);
    }
}
