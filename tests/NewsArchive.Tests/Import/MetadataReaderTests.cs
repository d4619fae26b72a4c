using NewsArchive.Import;

namespace NewsArchive.Tests.Import;

public class MetadataReaderTests
{
    [Fact]
    public void The_folder_file_maps_file_names_to_dates_sources_and_headlines()
    {
        var metadata = MetadataReader.ReadFolderFile("""
            articles:
              a.txt:
                published: 2021-05-08
                source: MailOnline
              b.txt:
                headline: A better headline
            """);
        Assert.Equal(new DateOnly(2021, 5, 8), metadata["a.txt"].Published);
        Assert.Equal("MailOnline", metadata["a.txt"].Source);
        Assert.Null(metadata["b.txt"].Published);
        Assert.Equal("A better headline", metadata["b.txt"].Headline);
    }

    [Fact]
    public void A_bad_date_costs_the_date_with_a_clear_warning_and_keeps_the_rest()
    {
        var warnings = new List<ImportWarning>();
        var metadata = MetadataReader.ReadFolderFile("articles:\n  a.txt:\n    published: soon\n    source: MailOnline\n", warnings);
        Assert.Null(metadata["a.txt"].Published);
        Assert.Equal("MailOnline", metadata["a.txt"].Source);
        var warning = Assert.Single(warnings);
        Assert.Contains("'a.txt'", warning.Reason);
        Assert.Contains("YYYY-MM-DD", warning.Reason);
        Assert.False(warning.Skipped);
    }

    [Fact]
    public void Broken_yaml_is_a_clear_error()
    {
        Assert.Throws<FormatException>(() => MetadataReader.ReadFolderFile("articles: [unclosed"));
    }

    [Fact]
    public void Front_matter_is_split_from_a_markdown_article()
    {
        var (metadata, body) = MetadataReader.SplitFrontMatter("---\npublished: 2024-05-03\nsource: Evening paper\n---\nHeadline\n\nBody.", "x.md");
        Assert.Equal(new DateOnly(2024, 5, 3), metadata.Published);
        Assert.Equal("Evening paper", metadata.Source);
        Assert.Equal("Headline\n\nBody.", body);
    }

    [Fact]
    public void Without_front_matter_the_text_is_untouched()
    {
        var (metadata, body) = MetadataReader.SplitFrontMatter("Headline\n\nBody.", "x.md");
        Assert.Equal(ArticleMetadata.None, metadata);
        Assert.Equal("Headline\n\nBody.", body);
    }
}
