using NewsArchive.Articles;

using NewsArchive.Language;

namespace NewsArchive.Import;

/// <summary>
/// The last steps for an article whose structure its format already gave (Markdown, a web page): the
/// headline, repeated paragraphs dropped, words counted. The headline is the metadata's when there is one;
/// else a heading that opens the text; else a first line that reads as a headline; else it is derived from
/// the opening sentence, as for plain text.
/// </summary>
internal static class ArticleAssembly
{
    public static ParsedArticle Assemble(IReadOnlyList<ParsedParagraph> blocks, string? headlineOverride)
    {
        var start = 0;
        var derived = false;
        string headline;
        var first = blocks.Count > 0 ? blocks[0] : null;
        // A headline has a word in it: a page's h1 of "-->" is not one.
        if (headlineOverride is not null && headlineOverride.Any(char.IsLetterOrDigit))
        {
            headline = headlineOverride.Trim();
            // A page or file that repeats its title as its first line should not show it twice.
            if (first is { Kind: ParagraphKind.Subheading or ParagraphKind.Body } && SameWords(first.Text, headline)) start = 1;
        }
        else if (first is { Kind: ParagraphKind.Subheading } && first.Text.Any(char.IsLetterOrDigit)
                 || first is { Kind: ParagraphKind.Body } && blocks.Count > 1 && ArticleParser.LooksLikeHeadline(first.Text))
        {
            headline = first.Text;
            start = 1;
        }
        else
        {
            var opening = blocks.FirstOrDefault(b => b.Kind == ParagraphKind.Body) ?? first;
            headline = TitleDeriver.ForOpening(opening?.Text);
            derived = true;
        }

        var paragraphs = new List<ParsedParagraph>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeats = 0;
        foreach (var block in blocks.Skip(start))
        {
            if (ArticleParser.IsRepeat(seen, block.Text)) repeats++;
            else paragraphs.Add(block);
        }
        return new ParsedArticle(headline, derived, paragraphs, repeats, paragraphs.Sum(p => Sentences.CountWords(p.Text)));
    }

    private static bool SameWords(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), b, StringComparison.OrdinalIgnoreCase);
}
