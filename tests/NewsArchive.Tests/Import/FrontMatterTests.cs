using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>Front matter as static-site generators write it: flags are flags, dates carry times and zones,
/// a bad field costs that field only.</summary>
public class FrontMatterTests
{
    private static (ArticleMetadata Metadata, string Body, List<ImportWarning> Warnings) Split(string text)
    {
        var warnings = new List<ImportWarning>();
        var (metadata, body) = MetadataReader.SplitFrontMatter(text, "a.md", warnings);
        return (metadata, body, warnings);
    }

    [Fact]
    public void A_hugo_article_gives_its_title_date_authors_standfirst_and_topics()
    {
        var (metadata, body, warnings) = Split(Fixtures.Text(Fixtures.HugoArticle));
        Assert.Empty(warnings);
        Assert.Equal("Assembly members clash over night bus cuts", metadata.Headline);
        Assert.Equal(new DateOnly(2019, 3, 8), metadata.Published);
        Assert.Equal(new DateTimeOffset(2019, 3, 8, 18, 42, 10, TimeSpan.Zero), metadata.PublishedAt);
        Assert.Equal(["hs1019", "Priya Natarajan"], metadata.Authors);
        Assert.StartsWith("Labour and Conservative members traded blows", metadata.Standfirst);
        Assert.Equal(["news", "politics"], metadata.Categories);
        Assert.Equal(["transport", "london-assembly"], metadata.Tags);
        Assert.Null(metadata.Draft);
        Assert.StartsWith("Members of the _London Assembly_", body.TrimStart());
    }

    [Theory]
    [InlineData("headline: true\ntitle: The real title", "The real title")]
    [InlineData("headline: \"false\"\ntitle: The real title", "The real title")]
    [InlineData("headline: An override\ntitle: A title", "An override")]
    [InlineData("title: 'Quoted: with a colon'", "Quoted: with a colon")]
    public void Headline_true_is_a_flag_and_the_title_is_the_headline(string yaml, string expected)
    {
        var (metadata, _, warnings) = Split($"---\n{yaml}\n---\nBody.");
        Assert.Equal(expected, metadata.Headline);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("published: 2021-05-08", 2021, 5, 8, false)]
    [InlineData("published: true\ndate: '2017-10-20 12:00:00'", 2017, 10, 20, false)]
    [InlineData("date: \"2016-04-20 14:54:52 +0100\"", 2016, 4, 20, true)]
    [InlineData("date: 2024-03-14T09:30:00Z", 2024, 3, 14, true)]
    [InlineData("publishDate: 8 May 2021", 2021, 5, 8, false)]
    public void Dates_are_read_in_the_forms_sites_write_them(string yaml, int year, int month, int day, bool hasTime)
    {
        var (metadata, _, warnings) = Split($"---\n{yaml}\n---\nBody.");
        Assert.Empty(warnings);
        Assert.Equal(new DateOnly(year, month, day), metadata.Published);
        Assert.Equal(hasTime, metadata.PublishedAt is not null);
    }

    [Fact]
    public void A_time_keeps_its_zone()
    {
        var (metadata, _, _) = Split("---\ndate: \"2016-04-20 14:54:52 +0100\"\n---\nBody.");
        Assert.Equal(TimeSpan.FromHours(1), metadata.PublishedAt!.Value.Offset);
        Assert.Equal(14, metadata.PublishedAt.Value.Hour);
    }

    [Theory]
    [InlineData("draft: true", true)]
    [InlineData("draft: false", false)]
    [InlineData("published: false", true)]
    [InlineData("published: true", false)]
    public void Drafts_and_unpublished_articles_are_flagged(string yaml, bool draft)
    {
        var (metadata, _, _) = Split($"---\n{yaml}\n---\nBody.");
        Assert.Equal(draft, metadata.Draft ?? false);
    }

    [Fact]
    public void Authors_come_as_a_list_one_name_or_named_mappings()
    {
        Assert.Equal(["Ann Lee"], Split("---\nauthor: Ann Lee\n---\nB").Metadata.Authors);
        Assert.Equal(["Ann Lee", "Bo Chan"], Split("---\nauthor: Ann Lee, Bo Chan\n---\nB").Metadata.Authors);
        Assert.Equal(["Ann Lee", "Bo Chan"], Split("---\nauthors:\n  - name: Ann Lee\n  - name: Bo Chan\n---\nB").Metadata.Authors);
    }

    [Fact]
    public void Unknown_keys_are_ignored_and_a_bad_field_costs_only_itself()
    {
        var (metadata, body, warnings) = Split("---\ntitle: [not, text]\ndate: next Tuesday\ndraft: maybe\nsource: The Ledger\nwhatever: {a: 1}\n---\nBody.");
        Assert.Equal("The Ledger", metadata.Source);
        Assert.Null(metadata.Headline);
        Assert.Null(metadata.Published);
        Assert.Null(metadata.Draft);
        Assert.Equal("Body.", body);
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.False(w.Skipped));
        Assert.Contains(warnings, w => w.Reason.Contains("'title' is a list"));
        Assert.Contains(warnings, w => w.Reason.Contains("'date' is not a date"));
        Assert.Contains(warnings, w => w.Reason.Contains("'draft' is not true or false"));
    }

    [Fact]
    public void Front_matter_that_is_not_yaml_costs_the_metadata_but_not_the_text()
    {
        var (metadata, body, warnings) = Split("---\ntitle: [unclosed\n---\nThe body survives.");
        Assert.Equal(ArticleMetadata.None, metadata);
        Assert.Equal("The body survives.", body);
        Assert.Contains("front matter ignored", Assert.Single(warnings).Reason);
    }

    [Fact]
    public void Nested_brackets_are_refused_before_they_can_overflow_the_stack()
    {
        var deep = new string('[', 30_000) + new string(']', 30_000);
        var (metadata, body, warnings) = Split($"---\ntitle: Still here\nsource: {deep}\n---\nBody.");
        Assert.Equal(ArticleMetadata.None, metadata);
        Assert.Equal("Body.", body);
        Assert.Contains($"nested more than {SafeYaml.MaxDepth} levels deep", Assert.Single(warnings).Reason);
    }

    [Fact]
    public void A_key_that_is_not_text_is_a_warning_not_a_crash()
    {
        var warnings = new List<ImportWarning>();
        var metadata = MetadataReader.ReadFolderFile("articles:\n  [a, b]:\n    source: X\n  good.txt:\n    source: Y\n", warnings);
        Assert.Equal("Y", Assert.Single(metadata).Value.Source);
        Assert.Contains("not a file name", Assert.Single(warnings).Reason);
    }
}
