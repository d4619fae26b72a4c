using NewsArchive.Articles;

using NewsArchive.Language;

namespace NewsArchive.Import;

/// <summary>
/// Turns the plain text of one news article into a headline and classified paragraphs. Pure: text in,
/// <see cref="ParsedArticle"/> out. The text of every paragraph is kept exactly as received.
/// </summary>
public static class ArticleParser
{
    private const int MaxHeadlineWords = 25;
    private const int MinRepeatWords = 6;

    public static ParsedArticle Parse(string text, string? headlineOverride = null)
    {
        var blocks = ParagraphSplitter.Split(text.TrimStart('\uFEFF').Replace("\r\n", "\n"));
        var start = 0;
        string headline;
        var derived = false;
        if (blocks.Count > 1 && LooksLikeHeadline(blocks[0]))
        {
            headline = blocks[0];
            start = 1;
        }
        else
        {
            headline = TitleDeriver.ForOpening(blocks.Count > 0 ? blocks[0] : null);
            derived = true;
        }
        if (headlineOverride is not null && headlineOverride.Any(char.IsLetterOrDigit))
        {
            headline = headlineOverride.Trim();
            derived = false;
        }

        var paragraphs = new List<ParsedParagraph>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeats = 0;
        var section = 0;
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (IsRepeat(seen, block))
            {
                repeats++;
                continue;
            }
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var kind = BlockClassifier.Classify(block, next, isFirst: paragraphs.Count == 0);
            if (kind == ParagraphKind.Heading) section++;
            paragraphs.Add(new ParsedParagraph(section, kind, block));
        }
        // Second pass: a block is only known to sit inside a run of captions once its neighbours are classified.
        for (var i = 1; i < paragraphs.Count - 1; i++)
        {
            if (paragraphs[i].Kind == ParagraphKind.Body && BlockClassifier.JoinsCaptionRun(paragraphs[i].Text, paragraphs[i - 1].Kind, paragraphs[i + 1].Kind))
                paragraphs[i] = paragraphs[i] with { Kind = ParagraphKind.Caption };
        }
        var words = paragraphs.Sum(p => Sentences.CountWords(p.Text));
        return new ParsedArticle(headline, derived, paragraphs, repeats, words);
    }

    /// <summary>A first line is a headline when it has a word in it, is short and does not end as a sentence
    /// does (a question mark is allowed: "Could rivalry overshadow election?").</summary>
    public static bool LooksLikeHeadline(string line)
    {
        var trimmed = line.TrimEnd();
        if (!trimmed.Any(char.IsLetterOrDigit) || Sentences.CountWords(trimmed) > MaxHeadlineWords) return false;
        if (trimmed.EndsWith('?') || trimmed.EndsWith('!')) return true;
        return !Sentences.EndsSentence(trimmed);
    }

    /// <summary>True when a paragraph long enough to matter repeats one already in <paramref name="seen"/>
    /// word for word (short lines such as "He added:" legitimately repeat); otherwise it is added.</summary>
    internal static bool IsRepeat(HashSet<string> seen, string text) =>
        Sentences.CountWords(text) >= MinRepeatWords && !seen.Add(Normalise(text));

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
