using System.Text;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

public class SeedFolderReaderTests
{
    [Fact]
    public void Reads_txt_and_md_articles_and_ignores_other_files()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Headline A\n\nBody.");
        folder.Write("b.md", "---\nsource: Paper\n---\nHeadline B\n\nBody.");
        folder.Write("notes.csv", "x,y");
        var (articles, warnings) = SeedFolderReader.Read(folder.Path);
        Assert.Equal(["a.txt", "b.md"], articles.Select(a => a.FileName));
        Assert.Equal("Paper", articles[1].Metadata.Source);
        Assert.Equal("Headline B", articles[1].Parsed.Headline);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Unusable_files_are_skipped_with_a_reason_and_the_rest_are_read()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "Headline\n\nBody.");
        folder.Write("empty.txt", "");
        folder.Write("blank.txt", "  \n\n ");
        folder.WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 society\n\nBody."));
        folder.WriteBytes("huge.txt", new byte[SeedFolderReader.MaxFileBytes + 1].Select(_ => (byte)'a').ToArray());
        folder.Write("bad-front.md", "---\npublished: soon\n---\nBody.");
        var (articles, warnings) = SeedFolderReader.Read(folder.Path);

        // A bad field costs the field, not the article.
        Assert.Equal(["bad-front.md", "good.txt"], articles.Select(a => a.FileName));
        Assert.Null(articles[0].Metadata.Published);
        Assert.All(warnings.Where(w => w.File != "bad-front.md"), w => Assert.True(w.Skipped));
        var reasons = warnings.ToDictionary(w => w.File, w => w.Reason);
        Assert.Contains("empty", reasons["empty.txt"]);
        Assert.Contains("white space", reasons["blank.txt"]);
        Assert.Contains("binary", reasons["binary.txt"]);
        Assert.Contains("UTF-8", reasons["latin1.txt"]);
        Assert.Contains("too large", reasons["huge.txt"]);
        Assert.Contains("'published' is not a date", reasons["bad-front.md"]);
    }

    [Fact]
    public void A_malformed_folder_metadata_file_is_reported_and_the_articles_still_import()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Headline\n\nBody.");
        folder.Write(MetadataReader.FolderFileName, "articles: [broken");
        var (articles, warnings) = SeedFolderReader.Read(folder.Path);
        Assert.Single(articles);
        Assert.Contains(warnings, w => w.File == MetadataReader.FolderFileName);
    }

    [Fact]
    public void Metadata_for_a_missing_file_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Headline\n\nBody.");
        folder.Write(MetadataReader.FolderFileName, "articles:\n  gone.txt:\n    source: X\n");
        var (_, warnings) = SeedFolderReader.Read(folder.Path);
        Assert.Contains(warnings, w => w.Reason.Contains("gone.txt"));
    }

    [Fact]
    public void The_content_hash_changes_when_the_text_or_its_metadata_changes()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Headline\n\nBody.");
        var first = SeedFolderReader.Read(folder.Path).Articles[0].ContentHash;
        folder.Write(MetadataReader.FolderFileName, "articles:\n  a.txt:\n    source: X\n");
        var second = SeedFolderReader.Read(folder.Path).Articles[0].ContentHash;
        folder.Write("a.txt", "Headline\n\nBody edited.");
        var third = SeedFolderReader.Read(folder.Path).Articles[0].ContentHash;
        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
    }
}
