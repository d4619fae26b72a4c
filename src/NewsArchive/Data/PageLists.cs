namespace NewsArchive.Data;

/// <summary>
/// Lists a page shows a range of, made once when the archive is built (<c>Import.ArchiveSummaries</c>): each
/// article once, in the archive's list order. Paged and counted from them, a page reads its own range of one index,
/// where it counted and paged a DISTINCT over every row of the election or person.
/// </summary>
public class ElectionArticle
{
    public int Id { get; set; }
    public int ElectionEntryId { get; set; }
    public int ArticleId { get; set; }
    /// <summary>The article's <see cref="Articles.Article.ListOrder"/>.</summary>
    public int ArticleOrder { get; set; }
}

/// <summary>An article a person is quoted in, once however many quotes it has (see <see cref="ElectionArticle"/>).</summary>
public class QuotedArticle
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int ArticleId { get; set; }
    /// <summary>The article's <see cref="Articles.Article.ListOrder"/>.</summary>
    public int ArticleOrder { get; set; }
}

/// <summary>A quote a person page shows: <see cref="People.QuoteSelection"/> kept it among the quotes of its page of
/// the person's quoted articles (fragments and repeats of an earlier quote on that page left out). Chosen when the
/// archive is built, so the page does not compare every quote's words with every other's on each visit.</summary>
public class ShownQuote
{
    public int QuoteId { get; set; }
}

/// <summary>
/// A section of a page put together when the archive is built, as JSON (<see cref="StoredSections"/>): a person's
/// elections with their figure lines, or a party's results. Each is read from hundreds to thousands of figures and
/// candidacies and reduced to a few lines; stored reduced, the page reads one row.
/// </summary>
public class StoredSection
{
    public int Id { get; set; }
    /// <summary>Whose section it is: <c>person:ID</c> (elections), <c>facts:ID</c> (parties and roles) or <c>party:NAME</c>.</summary>
    public required string Owner { get; set; }
    public required string Json { get; set; }
}
