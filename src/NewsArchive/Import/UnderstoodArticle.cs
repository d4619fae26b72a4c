using NewsArchive.Articles;
using NewsArchive.Elections;
using NewsArchive.People;

using NewsArchive.Elections.Extraction;
using NewsArchive.People.Extraction;

namespace NewsArchive.Import;

/// <summary>One article parsed into its headline and paragraphs, not yet understood. The lead is what stands
/// above the body and is read with it for people: the standfirst, and the headline only when it tells someone
/// speaking in sentence case (<see cref="ArticleLead.ForPeople"/>); other headlines name things as if they were
/// people ("Lord Almighty", "Ken Nazi jibe"), and whom they name the body names too. Set apart are the
/// paragraphs a page sets off from the text (a pull quote).</summary>
internal sealed record ReadArticle(SourceArticle Source, ParsedArticle Parsed, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Lead)
{
    public IReadOnlySet<int> SetApart { get; init; } = new HashSet<int>();

    /// <summary>The paragraphs the parser read as a picture's caption.</summary>
    public IReadOnlySet<int> Captions { get; init; } = new HashSet<int>();

    public static ReadArticle Of(SourceArticle source)
    {
        var parsed = source.Parsed;
        var lead = ArticleLead.ForPeople(parsed, source.Metadata.Standfirst);
        var setApart = Enumerable.Range(0, parsed.Paragraphs.Count).Where(i => parsed.Paragraphs[i].Kind == ParagraphKind.Quote).ToHashSet();
        var captions = Enumerable.Range(0, parsed.Paragraphs.Count).Where(i => parsed.Paragraphs[i].Kind == ParagraphKind.Caption).ToHashSet();
        return new ReadArticle(source, parsed, parsed.Paragraphs.Select(p => p.Text).ToList(), lead) { SetApart = setApart, Captions = captions };
    }
}

/// <summary>One article read and understood: its paragraphs, people and elections. Pure text work on one
/// article, so articles are understood in parallel; only gathering them into the archive is sequential.</summary>
internal sealed record UnderstoodArticle(
    ReadArticle Read, IReadOnlyList<PersonInArticle> People,
    ElectionExtraction Elections, IReadOnlyList<ImportWarning> Warnings, IReadOnlyCollection<string> Unconfirmed, IReadOnlyCollection<string> Confirmed)
{
    public SourceArticle Source => Read.Source;
    public ParsedArticle Parsed => Read.Parsed;
    public IReadOnlyList<string> Paragraphs => Read.Paragraphs;

    /// <param name="archive">What the rest of the archive says of names and words.</param>
    /// <param name="parties">By name key, the party the archive's articles give each person (<see cref="ArchiveParties"/>).</param>
    public static UnderstoodArticle Of(ReadArticle read, Curation curation, ArchiveEvidence archive, IReadOnlyDictionary<string, string>? parties = null)
    {
        var (found, people, warnings) = PeopleOf(read, curation, archive);
        var (source, parsed, paragraphs, _) = read;
        var electionLead = ArticleLead.ForElections(parsed, source.Metadata.Standfirst);
        var elections = Safely(source, () => ElectionExtractor.Extract(paragraphs, people, source.Metadata.Published, electionLead, read.Captions, parties),
            ElectionExtraction.Empty, "elections", warnings);
        return new UnderstoodArticle(read, people, elections, warnings, found.Unconfirmed, found.Confirmed);
    }

    /// <summary>The article's people alone, with the editors' corrections: what the import's passes over the
    /// archive need before any article is understood whole.</summary>
    public static (PeopleExtraction Found, IReadOnlyList<PersonInArticle> People, List<ImportWarning> Warnings) PeopleOf(
        ReadArticle read, Curation curation, ArchiveEvidence archive)
    {
        var warnings = new List<ImportWarning>();
        var found = Safely(read.Source, () => PersonExtractor.Read(read.Paragraphs, archive, read.Lead, read.SetApart), PeopleExtraction.Empty, "people", warnings);
        return (found, curation.Apply(found.People), warnings);
    }

    /// <summary>A fault in an extractor costs the article its people or elections, reported as a warning,
    /// never the import: the article itself is still imported.</summary>
    private static T Safely<T>(SourceArticle source, Func<T> extract, T empty, string what, List<ImportWarning> warnings)
    {
        try
        {
            return extract();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            warnings.Add(new ImportWarning(source.FileName, $"{what} could not be read ({ex.GetType().Name}: {ex.Message}); the article is imported without them"));
            return empty;
        }
    }
}
