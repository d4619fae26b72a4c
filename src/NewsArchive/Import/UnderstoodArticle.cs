using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>One article read and understood: its paragraphs, people and elections. Pure text work on one
/// article, so articles are understood in parallel; only gathering them into the archive is sequential.</summary>
internal sealed record UnderstoodArticle(
    SourceArticle Source, ParsedArticle Parsed, IReadOnlyList<string> Paragraphs, IReadOnlyList<PersonInArticle> People,
    ElectionExtraction Elections, IReadOnlyList<ImportWarning> Warnings)
{
    public static UnderstoodArticle Of(SourceArticle source, Curation curation)
    {
        var parsed = source.Parsed;
        var paragraphs = parsed.Paragraphs.Select(p => p.Text).ToList();
        var warnings = new List<ImportWarning>();
        var people = Safely(source, () => curation.Apply(PersonExtractor.Extract(paragraphs)), [], "people", warnings);
        var elections = Safely(source, () => ElectionExtractor.Extract(paragraphs, people, source.Metadata.Published),
            ElectionExtraction.Empty, "elections", warnings);
        return new UnderstoodArticle(source, parsed, paragraphs, people, elections, warnings);
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
