namespace NewsArchive.Language;

/// <summary>Sentences and their ends: the one sentence splitter, shared by the parser and every extractor.</summary>
public static class Sentences
{
    /// <summary>True when the text ends as a sentence does: a full stop, question or exclamation mark,
    /// colon, semicolon or ellipsis, possibly inside closing quotes or brackets ("... fair.’").</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end])) end--;
        while (end >= 0 && text[end] is '"' or '\'' or '’' or '”' or ')' or ']') end--;
        return end >= 0 && text[end] is '.' or '!' or '?' or ':' or '…' or ';';
    }

    /// <summary>True when the paragraph opens with a quotation mark: reported speech.</summary>
    public static bool OpensWithQuote(string text) => text.Length > 0 && text[0] is '"' or '\'' or '‘' or '“';

    /// <summary>Words as a reader counts them: runs of non-space characters holding a letter or digit.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inToken = false;
        var tokenHasWordChar = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && tokenHasWordChar) count++;
                inToken = tokenHasWordChar = false;
                continue;
            }
            inToken = true;
            tokenHasWordChar |= char.IsLetterOrDigit(c);
        }
        if (inToken && tokenHasWordChar) count++;
        return count;
    }

    /// <summary>The first sentence of a paragraph: up to the first full stop, question or exclamation
    /// mark (and any closing quote after it) that is followed by a space and a capital or a quote, or the
    /// whole paragraph.</summary>
    public static string First(string paragraph) => paragraph[..NextEnd(paragraph, 0)];

    /// <summary>Every sentence of a paragraph as (start, length), by the same rule as <see cref="First"/>;
    /// the spaces between sentences belong to none of them.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string paragraph)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        while (start < paragraph.Length)
        {
            var end = NextEnd(paragraph, start);
            spans.Add((start, end - start));
            start = end;
            while (start < paragraph.Length && paragraph[start] == ' ') start++;
        }
        return spans;
    }

    /// <summary>Just past the end of the sentence that starts at or before <paramref name="from"/>, by the rule of
    /// <see cref="First"/>; the paragraph's length if it has no later end.</summary>
    public static int NextEnd(string paragraph, int from)
    {
        for (var i = from; i < paragraph.Length - 2; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?')) continue;
            // A closing quote may stand between the stop and the space: "…people." On Tuesday…
            var close = paragraph[i + 1] is '"' or '”' or '’' or '\'' && i + 3 < paragraph.Length ? 1 : 0;
            if (paragraph[i + 1 + close] != ' ') continue;
            var next = paragraph[i + 2 + close];
            if (char.IsUpper(next) || next is '"' or '“' or '‘' or '\'')
            {
                if (paragraph[i] == '.' && close == 0 && EndsWithAbbreviation(paragraph, i)) continue;
                return i + 1 + close;
            }
        }
        return paragraph.Length;
    }

    /// <summary>The sentence of <paramref name="paragraph"/> that holds the character at <paramref name="index"/>.</summary>
    public static string Around(string paragraph, int index)
    {
        foreach (var (start, length) in Split(paragraph))
        {
            if (index < start + length) return paragraph.Substring(start, length).Trim();
        }
        return paragraph.Trim();
    }

    /// <summary>The sentences of <paramref name="paragraph"/> that the characters from <paramref name="start"/>
    /// up to <paramref name="end"/> touch, as one text: a quote of several sentences with its attribution.</summary>
    public static string Covering(string paragraph, int start, int end)
    {
        int? from = null;
        var to = paragraph.Length;
        foreach (var (s, length) in Split(paragraph))
        {
            if (from is null && start < s + length) from = s;
            if (end <= s + length) { to = s + length; break; }
        }
        return paragraph[(from ?? 0)..to].Trim();
    }

    private static readonly HashSet<string> Abbreviations =
        new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Rev", "Sen", "Gen", "Col", "Lt", "No", "Co", "Jr", "Sr" };

    private static bool EndsWithAbbreviation(string text, int dotIndex)
    {
        var start = dotIndex;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..dotIndex];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
