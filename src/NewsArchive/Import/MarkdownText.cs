using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers.Normalize;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsArchive.Import;

/// <summary>What a parsed Markdown paragraph says: its plain text, and its inline Markdown on its own.</summary>
public static partial class MarkdownText
{
    /// <summary>The words a reader sees: link and emphasis syntax gone, a picture's description kept, raw HTML
    /// tags dropped (a line break tag is a space). Walked with a stack: nesting is bounded by Markdig, not by
    /// this method's frames.</summary>
    public static string Plain(ContainerInline root) => Collapse(Walk(root, ' '));

    /// <summary>The plain text of each line of a paragraph, as its soft and hard line breaks divide it.</summary>
    public static IReadOnlyList<string> PlainLines(ContainerInline root) =>
        Walk(root, '\n').Split('\n').Select(Collapse).Where(line => line.Length > 0).ToList();

    private static string Walk(ContainerInline root, char lineBreak)
    {
        var text = new StringBuilder();
        var pending = new Stack<Inline>();
        PushChildren(pending, root);
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case LineBreakInline: text.Append(lineBreak); break;
                case HtmlInline html when BreakTag().IsMatch(html.Tag): text.Append(' '); break;
                case ContainerInline container: PushChildren(pending, container); break;
            }
        }
        return text.ToString();
    }

    /// <summary>Writes a paragraph's Markdown without the block around it (no "&gt; " or "- "), with links to
    /// reference definitions written out in full, so it renders the same on its own. One per article: a
    /// renderer is costly to make.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringWriter _writer = new();
        private readonly NormalizeRenderer _renderer;

        public SourceWriter() => _renderer = new NormalizeRenderer(_writer);

        public string Of(ContainerInline root)
        {
            foreach (var link in root.Descendants<LinkInline>().Where(l => l.Reference is not null || l.IsShortcut))
            {
                link.Label = null;
                link.IsShortcut = false;
                link.LocalLabel = LocalLabel.None;
            }
            _writer.GetStringBuilder().Clear();
            foreach (var inline in root) _renderer.Write(inline);
            return _writer.ToString().Trim();
        }
    }

    /// <summary>The text of an HTML block; nothing from a script, a style or a comment.</summary>
    internal static string OfHtml(HtmlBlock block)
    {
        if (block.Type is HtmlBlockType.ScriptPreOrStyle or HtmlBlockType.Comment or HtmlBlockType.ProcessingInstruction
            or HtmlBlockType.DocumentType or HtmlBlockType.CData)
            return "";
        return Collapse(System.Net.WebUtility.HtmlDecode(AnyTag().Replace(Lines(block), " ")));
    }

    /// <summary>A block's source lines as one text (its line list is null when it has none).</summary>
    internal static string Lines(LeafBlock block) => block.Lines.Count == 0 ? "" : Collapse(block.Lines.ToString());

    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
        for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
