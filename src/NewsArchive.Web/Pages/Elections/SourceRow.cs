using NewsArchive.Elections;

namespace NewsArchive.Web.Pages.Elections;

/// <summary>
/// The articles an election page's figures come from, numbered in the order the page first cites them, shown
/// as one row ("Sources: [1] headline · [2] headline"). A figure's mark carries its article's number and links
/// straight to the sentence in the article (the sentence itself is the link's title), so the page needs no
/// list of sentences under the results.
/// </summary>
public sealed class SourceRow
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>Marks shown beside one figure; the rest are counted, with a link to the sources page. One, as a
    /// person's or party's figure line gives one sentence and a count: with three, a race many articles report
    /// filled its table and candidates with marks, and the page grew with the archive.</summary>
    public const int MarksShown = 1;

    /// <summary>Articles named in the row under the results; the sources page has every one.</summary>
    public const int ArticlesShown = 10;

    public SourceRow(IEnumerable<ElectionQueries.Source> sources, string allSourcesPath)
    {
        AllSourcesPath = allSourcesPath;
        foreach (var source in sources.OrderBy(s => s.Number))
        {
            if (_numbers.TryAdd(source.ArticleSlug, _numbers.Count + 1))
                Articles.Add(new ElectionQueries.ArticleLink(source.ArticleSlug, source.Headline, source.PublishedOn));
        }
    }

    public List<ElectionQueries.ArticleLink> Articles { get; } = [];

    /// <summary>Every figure and candidacy of the election with its sentence, a page at a time.</summary>
    public string AllSourcesPath { get; }

    public int Number(ElectionQueries.Source source) => _numbers[source.ArticleSlug];

    /// <summary>One mark per article: a figure two sentences of one article state is cited once, at the first.</summary>
    public IEnumerable<(int Number, ElectionQueries.Source Source)> Marks(IEnumerable<ElectionQueries.Source> cited) =>
        cited.OrderBy(s => s.Number).DistinctBy(s => s.ArticleSlug).Select(s => (Number(s), s)).OrderBy(m => m.Item1);
}

/// <summary>A table cell's or a line's figures, with the row their marks number into.</summary>
public sealed record FigureCell(IReadOnlyList<ElectionQueries.Figure> Figures, SourceRow Sources);

/// <summary>The marks for some sources, numbered by the page's row.</summary>
public sealed record SourceMarks(IEnumerable<ElectionQueries.Source> Cited, SourceRow Sources);
