using NewsArchive.Import;

namespace NewsArchive.People;

/// <summary>The sentence around a position in a paragraph, cut by the parser's own sentence rule.</summary>
internal static class SentenceBounds
{
    public static string Around(string text, int position)
    {
        var start = 0;
        for (var i = Math.Min(position, text.Length) - 1; i > 0; i--)
        {
            if (text[i] is not ('.' or '!' or '?') || i + 2 >= text.Length || text[i + 1] != ' ') continue;
            if (IsShortWord(text, i)) continue;
            start = i + 2;
            break;
        }
        return Sentences.First(text[start..]).Trim();
    }

    /// <summary>"Mr." or an initial: a full stop that does not end the sentence.</summary>
    private static bool IsShortWord(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return dot - start is > 0 and <= 2 && char.IsUpper(text[start]);
    }
}
