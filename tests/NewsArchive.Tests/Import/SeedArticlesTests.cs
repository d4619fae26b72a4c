using System.Security.Cryptography;
using NewsArchive.Articles;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>The three seed articles, exactly as received, parse as a reader would expect.</summary>
public class SeedArticlesTests
{
    private const string NoHeadline = "000_0cda64ff4aa34fdb.txt";
    private const string WithHeadline = "001_2e748b55bad02f1f.txt";
    private const string MailOnline = "002_a5dc326ad9692c23.txt";

    [Theory]
    [InlineData(NoHeadline, "4be5500841366d20e42a7aa879da025051f6e351665e75315cd61978427f5aaa")]
    [InlineData(WithHeadline, "1a9807b138adac2f26863517ac902d5952bb0ebe884f7053253395299419c41d")]
    [InlineData(MailOnline, "b62ccaf28f3a65269290da3b51a74a2aca56973d61fbbf66a69903c5bb7db64a")]
    public void The_seed_files_are_byte_identical_to_the_ones_received(string file, string sha256)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(ProjectFolders.Seeds, file))));
        Assert.Equal(sha256, hash);
    }

    private static ParsedArticle Parse(string file)
    {
        var (articles, warnings) = SeedFolderReader.Read(ProjectFolders.Seeds);
        Assert.Empty(warnings);
        return articles.Single(a => a.FileName == file).Parsed;
    }

    [Fact]
    public void The_article_without_a_headline_gets_a_short_title_from_its_opening_sentence()
    {
        var parsed = Parse(NoHeadline);
        Assert.True(parsed.HeadlineDerived);
        Assert.StartsWith("Sadiq Khan has pledged to lobby", parsed.Headline);
        Assert.InRange(parsed.Headline.Length, 30, TitleDeriver.MaxLength + 1);
        Assert.All(parsed.Paragraphs, p => Assert.Equal(ParagraphKind.Body, p.Kind));
    }

    [Fact]
    public void The_article_with_a_headline_line_uses_it()
    {
        var parsed = Parse(WithHeadline);
        Assert.False(parsed.HeadlineDerived);
        Assert.Equal("Sadiq Khan re-elected Mayor of London after narrower than expected victory over Tory challenger Shaun Bailey", parsed.Headline);
        Assert.Equal("London Mayor Sadiq Khan", Assert.Single(parsed.Paragraphs, p => p.Kind == ParagraphKind.Caption).Text);
    }

    [Fact]
    public void The_mailonline_article_loses_its_repeats_and_keeps_captions_and_the_second_story_apart()
    {
        var parsed = Parse(MailOnline);
        Assert.True(parsed.HeadlineDerived);
        Assert.Equal("Sadiq Khan won a second term as mayor of London tonight", parsed.Headline);
        Assert.Equal(5, parsed.RepeatsDropped);
        Assert.Equal(parsed.Paragraphs.Count, parsed.Paragraphs.Select(p => p.Text).Distinct().Count());

        var heading = Assert.Single(parsed.Paragraphs, p => p.Kind == ParagraphKind.Heading);
        Assert.StartsWith("Keir Starmer SACKS deputy Angela Rayner", heading.Text);
        var captions = parsed.Paragraphs.Where(p => p.Kind == ParagraphKind.Caption).Select(p => p.Text).ToList();
        Assert.Contains(captions, c => c.StartsWith("Green Party’s Sian Berry came third"));
        Assert.Contains(captions, c => c.StartsWith("UKIP’s Peter Gammons (left)"));
        Assert.Contains(captions, c => c.StartsWith("Count Binface (left) won more votes"));
        Assert.Contains(captions, c => c.StartsWith("Labour leader Sir Keir Starmer leaves his North London home"));
        Assert.DoesNotContain(captions, c => c.StartsWith("Mr Khan tonight polled"));
        Assert.Contains(parsed.Paragraphs, p => p.Text.Contains("977, 601") && p.Kind == ParagraphKind.Body);
    }
}
