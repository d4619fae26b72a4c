using NewsArchive.Import;
using NewsArchive.People.Extraction;

namespace NewsArchive.Bench;

/// <summary>The read verb: what the extractor makes of one article, for a developer reading its errors.</summary>
internal static class ReadBench
{
    public static int Run(Args args, TextWriter output)
    {
        var text = File.ReadAllText(args.Required("file"));
        if (text.StartsWith("---", StringComparison.Ordinal)) text = MetadataReader.SplitFrontMatter(text, "article.md").Body;
        var paragraphs = ArticleParser.Parse(text).Paragraphs.Select(p => p.Text).ToList();
        foreach (var person in PersonExtractor.Read(paragraphs, null).People)
        {
            output.WriteLine($"{person.Name} [{person.Gender ?? "?"}] aliases: {string.Join("; ", person.Aliases)}");
            foreach (var p in person.Parties) output.WriteLine($"  party: {p.Party}");
            foreach (var r in person.Roles) output.WriteLine($"  role: {r.Role}");
            foreach (var q in person.Quotes) output.WriteLine($"  quote (¶{q.Paragraph}): {q.Text}");
        }
        return 0;
    }
}
