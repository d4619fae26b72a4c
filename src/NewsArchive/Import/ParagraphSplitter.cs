using NewsArchive.Language;

namespace NewsArchive.Import;

/// <summary>
/// Splits plain text into paragraphs. News text arrives either with blank lines between paragraphs or
/// with one paragraph per line; a block of short lines that never end a sentence is hard-wrapped prose
/// and is joined back into one paragraph, unless every line ends on a number, as a list of results does.
/// </summary>
public static class ParagraphSplitter
{
    private const int WrapWidth = 80;

    public static IReadOnlyList<string> Split(string text)
    {
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                Flush(block, paragraphs);
                continue;
            }
            block.Add(line);
        }
        Flush(block, paragraphs);
        return paragraphs;
    }

    private static void Flush(List<string> block, List<string> paragraphs)
    {
        if (block.Count == 0) return;
        if (IsHardWrapped(block)) paragraphs.Add(string.Join(' ', block));
        else paragraphs.AddRange(block);
        block.Clear();
    }

    private static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 2 || block.All(EndsInCount)) return false;
        for (var i = 0; i < block.Count - 1; i++)
        {
            var line = block[i];
            if (line.Length > WrapWidth || Sentences.EndsSentence(line) || line.StartsWith("- ") || line.StartsWith("* "))
                return false;
        }
        return true;
    }

    /// <summary>A line of a list of results ("Jane Doe (Labour) 21,034 (43.8%)"): wrapped prose seldom ends every line
    /// on a number.</summary>
    public static bool EndsInCount(string line)
    {
        var end = line.TrimEnd(')', '%', ' ');
        return end.Length > 0 && char.IsAsciiDigit(end[^1]);
    }
}
