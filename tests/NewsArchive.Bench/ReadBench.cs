using NewsArchive.Articles;
using NewsArchive.Elections;
using NewsArchive.Elections.Extraction;
using NewsArchive.Import;
using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Bench;

/// <summary>The read verb: what the extractor makes of one article, for a developer reading its errors.</summary>
internal static class ReadBench
{
    public static int Run(Args args, TextWriter output)
    {
        var path = args.Required("file");
        if (!Directory.Exists(path) && !File.Exists(path)) throw new UsageException($"no file or folder {path}");
        // "--vouch 'David Cameron,Tony Blair'": names other articles vouch for, as an import of a whole folder gives them.
        var vouched = args.Text("vouch")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (!Directory.Exists(path)) return Read(Article.Of(path, vouched), null, output);
        // A folder: every article in name order, each under its file name, so two versions of the rules can be diffed;
        // read with the parties the folder's articles give each person, as an import of the folder reads them.
        var articles = Directory.EnumerateFiles(path).Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).Order(StringComparer.Ordinal)
            .Select(file => Article.Of(file, vouched)).ToList();
        var parties = new ArchiveParties();
        foreach (var article in articles) parties.Count(article.People);
        var settled = parties.Settled();
        foreach (var article in articles)
        {
            output.WriteLine($"== {Path.GetFileName(article.FileName)}");
            Read(article, settled, output);
        }
        return 0;
    }

    /// <summary>One article's text as the importer parses it, and the people read from it.</summary>
    private sealed record Article(string FileName, ParsedArticle Parsed, DateOnly? Published, string? Standfirst, List<string> Paragraphs, IReadOnlyList<PersonInArticle> People)
    {
        public static Article Of(string file, IReadOnlyList<string> vouched)
        {
            var text = File.ReadAllText(file);
            DateOnly? published = null;
            string? standfirst = null;
            ParsedArticle parsed;
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                // A Markdown article with front matter: its title and date, as the importer reads them.
                var (metadata, body) = MetadataReader.SplitFrontMatter(text, "article.md");
                (parsed, published, standfirst) = (MarkdownArticleParser.Parse(body, metadata.Headline), metadata.Published, metadata.Standfirst);
            }
            else parsed = ArticleParser.Parse(text);
            var paragraphs = parsed.Paragraphs.Select(p => p.Text).ToList();
            // The headline, the standfirst and the set-apart paragraphs (pull quotes) as the importer gives them.
            var lead = ArticleLead.ForPeople(parsed, standfirst);
            var setApart = Enumerable.Range(0, parsed.Paragraphs.Count).Where(i => parsed.Paragraphs[i].Kind == ParagraphKind.Quote).ToHashSet();
            var archive = new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of(paragraphs)).WithPeople(vouched);
            return new Article(file, parsed, published, standfirst, paragraphs, PersonExtractor.Read(paragraphs, archive, lead, setApart).People);
        }
    }

    private static int Read(Article article, IReadOnlyDictionary<string, string>? archiveParties, TextWriter output)
    {
        var (_, parsed, published, standfirst, paragraphs, people) = article;
        foreach (var person in people)
        {
            output.WriteLine($"{person.Name} [{person.Gender ?? "?"}] aliases: {string.Join("; ", person.Aliases)}");
            foreach (var p in person.Parties) output.WriteLine($"  party: {p.Party}");
            foreach (var r in person.Roles) output.WriteLine($"  role: {r.Role}");
            foreach (var q in person.Quotes) output.WriteLine($"  quote (¶{q.Paragraph}): {q.Text}");
        }
        // Elections and figures too, with the sentence each was read from.
        var elections = ElectionExtractor.Extract(paragraphs, people, published,
            ArticleLead.ForElections(parsed, standfirst),
            Enumerable.Range(0, parsed.Paragraphs.Count).Where(i => parsed.Paragraphs[i].Kind == ParagraphKind.Caption).ToHashSet(), archiveParties);
        foreach (var e in elections.Elections)
            output.WriteLine($"election {e.Kind} {e.Area} {e.Year} ({e.YearSource}): {e.Mentions.FirstOrDefault()?.Sentence}");
        foreach (var c in elections.Candidacies.Where(c => c.Outcome is not null || c.Post is not null))
            output.WriteLine($"candidacy {c.ElectionSlug} {c.Candidate ?? c.Party} {c.Outcome}{(c.Post is null ? "" : $" [{c.Post}]")}");
        foreach (var f in elections.Figures)
            output.WriteLine($"figure {f.ElectionSlug} {f.Candidate ?? f.Party ?? "-"} {f.Kind} {f.Value} {f.Status}{(f.Round == CountRound.NotStated ? "" : " " + f.Round)}{(f.Post is null ? "" : $" [{f.Post}]")}{(f.Part is null ? "" : $" (part: {f.Part})")}: {f.Source.Sentence}");
        foreach (var l in elections.LeftOut)
            output.WriteLine($"left out {l.Text} ({l.Reason}): {l.Source.Sentence}");
        return 0;
    }
}
