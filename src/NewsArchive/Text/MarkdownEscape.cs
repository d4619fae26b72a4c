using System.Text;

namespace NewsArchive.Text;

/// <summary>Makes text literal in Markdown: CommonMark lets any ASCII punctuation be backslash-escaped,
/// which turns it into the character itself, so nothing in the text can become markup.</summary>
public static class MarkdownEscape
{
    public static string Text(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c <= 127 && (char.IsPunctuation(c) || char.IsSymbol(c))) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }
}
