namespace NewsArchive.PoliticalParties;

/// <summary>An article that ties a person, a candidacy or a figure to a party, listed once per party when the
/// archive is built: a party's page of articles is then a range of one index.</summary>
public class PartyArticle
{
    public int Id { get; set; }
    public required string Party { get; set; }
    public int ArticleId { get; set; }
    /// <summary>The article's <see cref="Articles.Article.ListOrder"/>.</summary>
    public int ArticleOrder { get; set; }
}

/// <summary>A person an article (a stated party, a candidacy) or the archive's editors tie to a party, with the
/// number of articles that tie them to it (none for the editors' alone), counted when the archive is built.</summary>
public class PartyPerson
{
    public int Id { get; set; }
    public required string Party { get; set; }
    public int PersonId { get; set; }
    public int ArticleCount { get; set; }
}

/// <summary>One line of a party's results: a candidate of the party in one election (or, with no person, the
/// party's own result, such as its seats), from its candidacies and declared figures, listed once when the
/// archive is built. A tally or an exit poll alone makes no line.</summary>
public class PartyStanding
{
    public int Id { get; set; }
    public required string Party { get; set; }
    public int ElectionEntryId { get; set; }
    public int? PersonId { get; set; }
    /// <summary>True when an article reports the candidate elected.</summary>
    public bool Elected { get; set; }
}
